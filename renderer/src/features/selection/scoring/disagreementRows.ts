import type { CellResult } from '../../../../../shared/domain/selection/results/types';
import type { SessionState } from '../../../../../shared/domain/selection/schemas';
import { cellKey, type GridModel } from './gridModel';

/** One cell the scorers disagree on, with everything the list and the discussion show. */
export interface Disagreement {
  clusterId: string;
  cluster: string;
  criterionId: string;
  criterion: string;
  dimension: string;
  max: number;
  /** Each scorer's score in scorer order; null where theirs is missing. */
  scores: { scorerId: string; name: string; value: number | null }[];
  /** The scorers' aggregate (mean or median), whatever consensus was recorded. */
  aggregate: number | null;
  spread: number;
  relativeSpread: number;
  consensus: number | null;
}

/**
 * The cells to discuss, largest disagreement first: the spread (highest minus lowest score)
 * relative to the criterion's maximum, so 4 points of 5 come before 4 points of 20. Ties keep the
 * grid's order (candidates down, criteria across). Cells with fewer than two scores, or where
 * everyone agrees, are left out. `cells` are the results computed without the consensus, so each
 * carries the scorers' own aggregate and spread.
 */
export function disagreementRows(
  state: Pick<SessionState, 'scorers' | 'scores' | 'consensus'>,
  model: GridModel,
  cells: readonly CellResult[],
): Disagreement[] {
  const scorers = [...state.scorers].sort((a, b) => a.position - b.position);
  const scores = new Map<string, Map<string, number>>();
  for (const s of state.scores) {
    const key = cellKey(s.clusterId, s.criterionId);
    let m = scores.get(key);
    if (!m) scores.set(key, (m = new Map<string, number>()));
    m.set(s.scorerId, s.value);
  }
  const consensus = new Map(state.consensus.map((c) => [cellKey(c.clusterId, c.criterionId), c.value]));
  const rowOf = new Map(model.candidates.map((c, i) => [c.clusterId, { i, name: c.clusterName }]));
  const colOf = new Map(model.columns.map((c, i) => [c.id, { i, column: c }]));
  const rows: (Disagreement & { order: number })[] = [];
  for (const cell of cells) {
    const row = rowOf.get(cell.clusterId);
    const col = colOf.get(cell.criterionId);
    if (!row || !col || cell.spread === null || cell.relativeSpread === null || cell.spread <= 0) continue;
    const key = cellKey(cell.clusterId, cell.criterionId);
    const own = scores.get(key);
    const values = scorers.map((s) => ({ scorerId: s.id, name: s.name, value: own?.get(s.id) ?? null }));
    rows.push({
      clusterId: cell.clusterId,
      cluster: row.name,
      criterionId: cell.criterionId,
      criterion: col.column.name,
      dimension: col.column.dimensionName,
      max: col.column.max,
      scores: values,
      aggregate: cell.value,
      spread: cell.spread,
      relativeSpread: cell.relativeSpread,
      consensus: consensus.get(key) ?? null,
      order: row.i * model.columns.length + col.i,
    });
  }
  rows.sort((a, b) => b.relativeSpread - a.relativeSpread || a.order - b.order);
  return rows.map(({ order: _order, ...r }) => r);
}
