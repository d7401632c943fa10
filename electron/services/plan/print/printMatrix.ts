import type { MatrixValue } from '../../../../shared/domain/stakeholders/codes';
import { getMatrix } from '../../stakeholders/matrixRepository';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import type { PrintMatrix } from './printModel';

/** The cluster's responsibility matrix (JICA Table 4.1) with the actors who hold a cell; null without rows. */
export function printMatrix(r: WorkspaceReader, clusterId: string): PrintMatrix | null {
  const matrix = getMatrix(r, clusterId);
  if (matrix.rows.length === 0) return null;
  const ids = [...new Set(matrix.cells.map((c) => c.actorId))];
  const actors = ids
    .map((id) => ({ id, name: r.get<{ name: string }>('SELECT name FROM actors WHERE id = ?', id)?.name ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  const cells = new Map<string, Record<string, MatrixValue>>();
  for (const c of matrix.cells) cells.set(c.rowId, { ...cells.get(c.rowId), [c.actorId]: c.value });
  return { actors, rows: matrix.rows.map((row) => ({ id: row.id, label: row.label, cells: cells.get(row.id) ?? {} })) };
}
