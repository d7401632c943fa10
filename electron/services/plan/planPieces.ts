import { AppError } from '../../../shared/contract/errors';
import { renumber } from '../swot/swotRows';
import type { Row, RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { ensurePlan, touchPlan } from './headerRepository';
import { updateChanged } from './syncRows';

/*
 * What the 3-year strategies and the 1-year programs of a plan share: each is a row of its plan,
 * numbered 0, 1, 2 … by `position`, its own rows going with it when it is deleted.
 */

/** The tables of a plan's numbered pieces. */
export type PieceTable = 'plan_strategies' | 'plan_programs';

/** The columns every piece row has. */
interface PieceRow {
  id: string;
  plan_id: string;
  position: number;
}

/** One piece's row; notFound when there is none. */
export function getPiece<T extends PieceRow>(r: WorkspaceReader, table: PieceTable, id: string): T {
  const row = r.get<T>(`SELECT * FROM ${table} WHERE id = ?`, id);
  if (!row) throw new AppError('notFound', { query: id });
  return row;
}

const pieceRows = (r: WorkspaceReader, table: PieceTable, planId: string) =>
  r.all<PieceRow>(`SELECT * FROM ${table} WHERE plan_id = ? ORDER BY position, id`, planId);

/** What an imported piece keeps; a new one goes after the plan's last, made now. */
export interface StoredPiece {
  position?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** Writes a new piece's own row (its `columns`); the caller writes the rows inside it. */
export function insertPieceRow(w: RowWriter, table: PieceTable, planId: string, id: string, columns: Row, stored: StoredPiece = {}): void {
  const now = new Date().toISOString();
  const afterLast = () => w.get<{ p: number }>(`SELECT COALESCE(MAX(position) + 1, 0) AS p FROM ${table} WHERE plan_id = ?`, planId)!.p;
  w.insert(table, {
    id,
    plan_id: planId,
    position: stored.position ?? afterLast(),
    ...columns,
    created_at: stored.createdAt ?? now,
    updated_at: stored.updatedAt ?? now,
  });
}

/** How a piece is written: whole when it is new; else its own columns, and its rows (saying whether any changed). */
export interface PieceWrite {
  insert: () => void;
  columns: Row;
  syncRows: () => boolean;
}

/**
 * Creates or replaces a piece of the cluster's plan (creating the plan on its first piece): a new
 * piece is written whole, a stored one (`existing`) only where it differs, and the plan is marked
 * changed when anything was written — the same piece saved again writes nothing.
 */
export function savePiece(w: RowWriter, table: PieceTable, clusterId: string, existing: PieceRow | undefined, piece: PieceWrite): void {
  ensurePlan(w, clusterId);
  if (!existing) piece.insert();
  else if (!updateChanged(w, table, existing, piece.columns, piece.syncRows())) return;
  touchPlan(w, clusterId);
}

/** Deletes a piece with all its rows, closes the gap and marks the plan changed. */
export function deletePiece(w: RowWriter, table: PieceTable, id: string): void {
  const piece = getPiece(w, table, id);
  w.delete(table, id);
  renumber(w, table, pieceRows(w, table, piece.plan_id));
  touchPlan(w, piece.plan_id);
}

/** Moves a piece to `position` (0-based, clamped) and renumbers the others. */
export function movePiece(w: RowWriter, table: PieceTable, id: string, position: number): void {
  const moving = getPiece(w, table, id);
  const rest = pieceRows(w, table, moving.plan_id).filter((p) => p.id !== id);
  rest.splice(Math.min(position, rest.length), 0, moving);
  renumber(w, table, rest);
}
