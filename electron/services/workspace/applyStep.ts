import type { Row, RowChange } from './RowWriter';
import type { StatementCache } from './statementCache';
import { ident } from './statementCache';

/**
 * Makes one row match `image`: deletes it (null), or updates it in place — never replaced,
 * so no ON DELETE action fires on its children — and inserts it when it is missing.
 */
function applyImage(statements: StatementCache, c: RowChange, image: Row | null): void {
  if (image === null) {
    statements.get(`DELETE FROM ${ident(c.table)} WHERE ${ident(c.key)} = ?`).run(c.id);
    return;
  }
  const cols = Object.keys(image);
  // The key is never set, even to itself: writing a parent key makes SQLite look up its children.
  const set = cols.filter((col) => col !== c.key);
  const update = `UPDATE ${ident(c.table)} SET ${set.map((col) => `${ident(col)} = @${col}`).join(', ')} WHERE ${ident(c.key)} = @${c.key}`;
  if (set.length > 0 && statements.get(update).run(image).changes > 0) return;
  if (set.length === 0 && statements.get(`SELECT 1 FROM ${ident(c.table)} WHERE ${ident(c.key)} = ?`).get(c.id) !== undefined) return;
  statements.get(`INSERT INTO ${ident(c.table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map((col) => `@${col}`).join(', ')})`).run(image);
}

/**
 * Puts every row of a step back to its state before the step (undo) or after it (redo).
 * Runs inside the caller's transaction with foreign keys deferred to its commit, so the
 * order of rows within a step never trips a constraint halfway; the commit still checks them.
 * Rows that stay are written first and rows that go are deleted last: by then nothing that
 * stays points at them, so no ON DELETE action can reach a row outside the step.
 */
export function applyStep(statements: StatementCache, changes: readonly RowChange[], to: 'before' | 'after'): void {
  statements.get('PRAGMA defer_foreign_keys = ON').run();
  const ordered = to === 'before' ? [...changes].reverse() : changes;
  for (const c of ordered) if (c[to] !== null) applyImage(statements, c, c[to]);
  for (const c of ordered) if (c[to] === null) applyImage(statements, c, null);
}
