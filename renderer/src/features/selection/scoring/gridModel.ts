import type { Candidate, Criterion, SelectionGroup, SessionState } from '../../../../../shared/domain/selection/schemas';

/** A line of the scoring grid: a group's heading, or a candidate (`index` counts candidates only, top to bottom). */
export type GridLine = { kind: 'group'; group: SelectionGroup; candidates: number } | { kind: 'candidate'; candidate: Candidate; index: number };

/** A score column: a criterion of a dimension that is switched on. */
export interface GridColumn extends Criterion {
  dimensionId: string;
  dimensionName: string;
  /** The first column of its dimension (the header draws a dimension's span from it). */
  firstOfDimension: boolean;
}

/** One dimension's span over the columns, for the upper header row. */
export interface DimensionSpan {
  id: string;
  name: string;
  total: number;
  span: number;
}

/**
 * The grid's shape from a session: groups in their order, each followed by its candidates in
 * theirs; columns are the criteria of the dimensions switched on (a dimension switched off, such
 * as social capital, is not scored). Candidates whose group is unknown are left out.
 */
export function gridModel(state: Pick<SessionState, 'session' | 'groups' | 'candidates'>) {
  const lines: GridLine[] = [];
  const candidates: Candidate[] = [];
  for (const group of [...state.groups].sort((a, b) => a.position - b.position)) {
    const own = state.candidates.filter((c) => c.groupId === group.id).sort((a, b) => a.position - b.position);
    lines.push({ kind: 'group', group, candidates: own.length });
    for (const candidate of own) {
      lines.push({ kind: 'candidate', candidate, index: candidates.length });
      candidates.push(candidate);
    }
  }
  const columns: GridColumn[] = [];
  const dimensions: DimensionSpan[] = [];
  for (const d of state.session.rubric.dimensions) {
    if (!d.enabled) continue;
    dimensions.push({ id: d.id, name: d.name, total: d.total, span: d.criteria.length });
    d.criteria.forEach((c, i) => columns.push({ ...c, dimensionId: d.id, dimensionName: d.name, firstOfDimension: i === 0 }));
  }
  return { lines, candidates, columns, dimensions };
}

export type GridModel = ReturnType<typeof gridModel>;

/** The key of one cell (cluster × criterion) in the maps the grid reads. */
export const cellKey = (clusterId: string, criterionId: string) => `${clusterId}\u0000${criterionId}`;

/** The corners of the grid range a block of cells spans (top-left and bottom-right), named. */
export interface BlockRange {
  fromCluster: string;
  fromCriterion: string;
  toCluster: string;
  toCriterion: string;
}

/** The range a block of cells of the grid spans, from its topmost row and leftmost column to its lowest and rightmost. */
export function blockRange(model: Pick<GridModel, 'candidates' | 'columns'>, cells: readonly { clusterId: string; criterionId: string }[]): BlockRange {
  const rowOf = new Map(model.candidates.map((c, i) => [c.clusterId, i]));
  const colOf = new Map(model.columns.map((c, i) => [c.id, i]));
  const rows = cells.map((c) => rowOf.get(c.clusterId) ?? 0);
  const cols = cells.map((c) => colOf.get(c.criterionId) ?? 0);
  const cluster = (row: number) => model.candidates[row]?.clusterName ?? '';
  const criterion = (col: number) => model.columns[col]?.name ?? '';
  return {
    fromCluster: cluster(Math.min(...rows)),
    fromCriterion: criterion(Math.min(...cols)),
    toCluster: cluster(Math.max(...rows)),
    toCriterion: criterion(Math.max(...cols)),
  };
}
