import { allCriteria } from './effectiveRubric';
import type { SelectionInput } from './types';

/** Where a cell's value comes from, as stored in {@link CellTable.source} (0: missing). */
export const SOURCE_AGGREGATE = 1;
export const SOURCE_CONSENSUS = 2;

/**
 * Every candidate × criterion cell of a (valid) input as flat typed arrays, cell
 * `i * criteria + j` for candidate i and criterion j (all the rubric's criteria, enabled or
 * not, so switching a dimension on needs no rebuild). Built once per input: weights and
 * switches only change how the cells are summed.
 */
export interface CellTable {
  clusterIndex: Map<string, number>;
  criterionIndex: Map<string, number>;
  criteria: number;
  scorers: number;
  /** The group's value: consensus, else the scorers' mean or median; NaN when missing. */
  value: Float64Array;
  source: Uint8Array;
  /** How many scorers scored the cell. */
  scored: Uint16Array;
  /** Highest minus lowest scorer's score; NaN with fewer than two. */
  spread: Float64Array;
}

/** The median of the first `n` values, sorted in place: an insertion sort, as a cell has a roomful of scores at most. */
function median(values: Float64Array, n: number): number {
  for (let a = 1; a < n; a++) {
    const v = values[a]!;
    let b = a - 1;
    for (; b >= 0 && values[b]! > v; b--) values[b + 1] = values[b]!;
    values[b + 1] = v;
  }
  const mid = n >> 1;
  return n % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** Builds the cell table of an input that {@link validateSelectionInput} passed. */
export function buildCellTable(input: SelectionInput): CellTable {
  const clusterIndex = new Map(input.candidates.map((c, i) => [c.clusterId, i]));
  const criterionIndex = new Map(allCriteria(input.rubric).map((c, j) => [c.id, j]));
  const scorerIndex = new Map(input.scorers.map((s, k) => [s.id, k]));
  const nCriteria = criterionIndex.size;
  const nCells = input.candidates.length * nCriteria;
  const nScorers = input.scorers.length;
  // Scorer-major raw scores: one pass to place them, one pass per cell to aggregate.
  const raw = new Float64Array(nCells * nScorers).fill(NaN);
  for (const s of input.scores) {
    const i = clusterIndex.get(s.clusterId);
    const j = criterionIndex.get(s.criterionId);
    const k = scorerIndex.get(s.scorerId);
    if (i === undefined || j === undefined || k === undefined) continue;
    raw[(i * nCriteria + j) * nScorers + k] = s.value;
  }
  const value = new Float64Array(nCells).fill(NaN);
  const source = new Uint8Array(nCells);
  const scored = new Uint16Array(nCells);
  const spread = new Float64Array(nCells).fill(NaN);
  const scratch = new Float64Array(nScorers);
  const useMedian = input.aggregation === 'median';
  for (let cell = 0; cell < nCells; cell++) {
    let n = 0;
    let sum = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0, at = cell * nScorers; k < nScorers; k++, at++) {
      const v = raw[at]!;
      if (Number.isNaN(v)) continue;
      scratch[n++] = v;
      sum += v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    scored[cell] = n;
    if (n >= 2) spread[cell] = hi - lo;
    if (n === 0) continue;
    source[cell] = SOURCE_AGGREGATE;
    value[cell] = useMedian ? median(scratch, n) : sum / n;
  }
  for (const c of input.consensus) {
    const i = clusterIndex.get(c.clusterId);
    const j = criterionIndex.get(c.criterionId);
    if (i === undefined || j === undefined) continue;
    value[i * nCriteria + j] = c.value;
    source[i * nCriteria + j] = SOURCE_CONSENSUS;
  }
  return { clusterIndex, criterionIndex, criteria: nCriteria, scorers: nScorers, value, source, scored, spread };
}
