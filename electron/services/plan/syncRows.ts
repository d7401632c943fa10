import { AppError } from '../../../shared/contract/errors';
import type { Row, RowWriter } from '../workspace/RowWriter';

/**
 * Makes a parent's rows in `table` exactly `rows` (each with its `id`), matched by id: missing ones
 * are deleted, new ones inserted, and a kept row is updated in the columns that differ only, so an
 * undo step holds just what changed. A new row whose id another parent already uses is refused
 * (planRowTaken) before anything is written, and so is an id given twice. Returns whether anything changed.
 */
export function syncRows(w: RowWriter, table: string, parentColumn: string, parentId: string, rows: readonly (Row & { id: string })[]): boolean {
  const existing = new Map(w.all<Row & { id: string }>(`SELECT * FROM ${table} WHERE ${parentColumn} = ?`, parentId).map((r) => [r.id, r]));
  const wanted = new Set<string>();
  for (const row of rows) {
    if (wanted.has(row.id)) throw new AppError('planRowTaken', { query: row.id });
    wanted.add(row.id);
    if (!existing.has(row.id) && w.get(`SELECT 1 AS one FROM ${table} WHERE id = ?`, row.id)) throw new AppError('planRowTaken', { query: row.id });
  }
  let changed = false;
  for (const id of existing.keys()) {
    if (!wanted.has(id)) changed = w.delete(table, id) || changed;
  }
  for (const { id, ...columns } of rows) {
    const before = existing.get(id);
    if (!before) {
      w.insert(table, { id, [parentColumn]: parentId, ...columns });
      changed = true;
      continue;
    }
    const patch = changedColumns(before, columns);
    if (Object.keys(patch).length > 0) changed = w.update(table, id, patch) || changed;
  }
  return changed;
}

/** Positions 0, 1, 2 … in the given order, as columns for {@link syncRows}. */
export const positioned = <T>(rows: readonly T[], toRow: (row: T) => Row & { id: string }) => rows.map((row, position) => ({ ...toRow(row), position }));

/** The columns whose value differs from the stored row's: all an update needs to write. */
export function changedColumns(before: object, columns: Row): Row {
  const stored = before as Row;
  return Object.fromEntries(Object.entries(columns).filter(([k, v]) => stored[k] !== v));
}

/**
 * Updates a stored row (the plan, a strategy, a program) in the columns that differ, stamped
 * `updated_at`, when those or its own rows (`rowsChanged`) changed; returns whether it did, so the
 * same fields saved again write nothing.
 */
export function updateChanged(w: RowWriter, table: string, before: { id: string }, columns: Row, rowsChanged: boolean): boolean {
  const patch = changedColumns(before, columns);
  if (Object.keys(patch).length === 0 && !rowsChanged) return false;
  w.update(table, before.id, { ...patch, updated_at: new Date().toISOString() });
  return true;
}
