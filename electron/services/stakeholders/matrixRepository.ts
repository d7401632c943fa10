import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { MatrixValue } from '../../../shared/domain/stakeholders/codes';
import type { MatrixCell, MatrixRow, ResponsibilityMatrix } from '../../../shared/domain/stakeholders/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { assertOnMap } from './actorRepository';
import { cellId } from './stakeholderRows';

/*
 * The responsibility matrix (JICA Table 4.1) of one cluster: rows numbered 0, 1, 2, … by
 * `position` without gaps, and a cell row only where a cell is filled.
 */

interface MatrixRowRow {
  id: string;
  cluster_id: string;
  label: string;
  position: number;
}

const rowToMatrixRow = (r: MatrixRowRow): MatrixRow => ({ id: r.id, clusterId: r.cluster_id, label: r.label, position: r.position });

function rowsOf(r: WorkspaceReader, clusterId: string): MatrixRow[] {
  return r.all<MatrixRowRow>('SELECT * FROM matrix_rows WHERE cluster_id = ? ORDER BY position, id', clusterId).map(rowToMatrixRow);
}

/** The cluster's matrix: its rows in order and every filled cell. */
export function getMatrix(r: WorkspaceReader, clusterId: string): ResponsibilityMatrix {
  const cells = r.all<{ row_id: string; actor_id: string; value: MatrixValue }>(
    `SELECT c.row_id, c.actor_id, c.value FROM matrix_cells c JOIN matrix_rows m ON m.id = c.row_id
     WHERE m.cluster_id = ? ORDER BY m.position, c.actor_id`,
    clusterId,
  );
  return { rows: rowsOf(r, clusterId), cells: cells.map((c): MatrixCell => ({ rowId: c.row_id, actorId: c.actor_id, value: c.value })) };
}

/** One row; notFound when there is none. */
export function getMatrixRow(r: WorkspaceReader, id: string): MatrixRow {
  const row = r.get<MatrixRowRow>('SELECT * FROM matrix_rows WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return rowToMatrixRow(row);
}

/** Adds a row at the end of the cluster's matrix (or at a stored position, from a document); returns its id. */
export function insertMatrixRow(w: RowWriter, clusterId: string, label: string, stored: { id?: string; position?: number } = {}): string {
  const id = stored.id ?? crypto.randomUUID();
  const position = stored.position ?? w.get<{ p: number }>('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM matrix_rows WHERE cluster_id = ?', clusterId)!.p;
  w.insert('matrix_rows', { id, cluster_id: clusterId, label, position });
  return id;
}

export function renameMatrixRow(w: RowWriter, id: string, label: string): void {
  if (!w.update('matrix_rows', id, { label })) throw new AppError('notFound', { query: id });
}

/** Writes positions 0, 1, 2, … in the given order, touching only rows whose number changes. */
function renumber(w: RowWriter, rows: readonly MatrixRow[]): void {
  rows.forEach((row, i) => {
    if (row.position !== i) w.update('matrix_rows', row.id, { position: i });
  });
}

/** Moves a row to `position` (0-based, clamped to the list) and renumbers the others. */
export function moveMatrixRow(w: RowWriter, id: string, position: number): void {
  const moving = getMatrixRow(w, id);
  const rest = rowsOf(w, moving.clusterId).filter((r) => r.id !== id);
  rest.splice(Math.min(position, rest.length), 0, moving);
  renumber(w, rest);
}

/** Deletes a row with its cells and closes the gap it leaves. */
export function deleteMatrixRow(w: RowWriter, id: string): void {
  const { clusterId } = getMatrixRow(w, id);
  for (const c of w.all<{ id: string }>('SELECT id FROM matrix_cells WHERE row_id = ?', id)) w.delete('matrix_cells', c.id);
  w.delete('matrix_rows', id);
  renumber(w, rowsOf(w, clusterId));
}

/** Inserts a filled cell without checks (documents, imports); returns its id. */
export function insertMatrixCell(w: RowWriter, rowId: string, actorId: string, value: MatrixValue): string {
  const id = cellId(rowId, actorId);
  w.insert('matrix_cells', { id, row_id: rowId, actor_id: actorId, value });
  return id;
}

/** Sets one cell for an actor on the row's cluster map (actorNotOnMap otherwise); null empties it. */
export function setMatrixCell(w: RowWriter, rowId: string, actorId: string, value: MatrixValue | null): void {
  const { clusterId } = getMatrixRow(w, rowId);
  assertOnMap(w, clusterId, actorId);
  const id = cellId(rowId, actorId);
  if (value === null) w.delete('matrix_cells', id);
  else if (!w.update('matrix_cells', id, { value })) insertMatrixCell(w, rowId, actorId, value);
}
