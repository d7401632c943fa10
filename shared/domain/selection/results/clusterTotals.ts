import { determinants, type Determinant } from '../codes';
import { type CellTable, SOURCE_CONSENSUS } from './cellTable';
import type { WeighedDimension } from './effectiveRubric';
import type { DeterminantResult, DimensionResult } from './types';

/** One candidate's sums over the enabled dimensions, before ranking. */
export interface ClusterTotals {
  dimensions: DimensionResult[];
  determinants: DeterminantResult[];
  total: number;
  max: number;
  /** Weighted percentage over the scored cells; NaN when no scored cell carries weight. */
  percentExact: number;
  unscoredCells: number;
  missingScores: number;
}

/**
 * Sums candidate `i`'s cells. A missing cell counts in neither the points nor the maximum of
 * the percentage (never as 0, never as full marks) and is counted, so the result can say it
 * rests on missing scores.
 */
export function clusterTotals(table: CellTable, i: number, dims: readonly WeighedDimension[]): ClusterTotals {
  const detScore = new Map<Determinant, number>();
  const detMax = new Map<Determinant, number>();
  const detScoredMax = new Map<Determinant, number>();
  let weighed = 0;
  let weighedMax = 0;
  let total = 0;
  let max = 0;
  let unscoredCells = 0;
  let missingScores = 0;
  const dimensions: DimensionResult[] = [];
  for (const d of dims) {
    let score = 0;
    let unscored = 0;
    for (const c of d.criteria) {
      const cell = i * table.criteria + c.index;
      const v = table.value[cell]!;
      if (table.source[cell] !== SOURCE_CONSENSUS) missingScores += table.scorers - table.scored[cell]!;
      if (c.determinant) detMax.set(c.determinant, (detMax.get(c.determinant) ?? 0) + c.max);
      if (Number.isNaN(v)) {
        unscored++;
        continue;
      }
      score += v;
      weighed += d.weight * c.weight * v;
      weighedMax += d.weight * c.weight * c.max;
      if (c.determinant) {
        detScore.set(c.determinant, (detScore.get(c.determinant) ?? 0) + v);
        detScoredMax.set(c.determinant, (detScoredMax.get(c.determinant) ?? 0) + c.max);
      }
    }
    dimensions.push({ dimensionId: d.id, score, max: d.max, unscored });
    total += score;
    max += d.max;
    unscoredCells += unscored;
  }
  return {
    dimensions,
    determinants: determinants.map((determinant) => {
      const scoredMax = detScoredMax.get(determinant) ?? 0;
      const score = detScore.get(determinant) ?? 0;
      return { determinant, score, max: detMax.get(determinant) ?? 0, percent: scoredMax > 0 ? (100 * score) / scoredMax : null };
    }),
    total,
    max,
    percentExact: weighedMax > 0 ? (100 * weighed) / weighedMax : NaN,
    unscoredCells,
    missingScores,
  };
}
