import type { StatementCache } from './statementCache';
import { ident } from './statementCache';
import type { SchemaInfo } from './schemaInfo';
import { WorkspaceReader } from './WorkspaceReader';

/** A stored row as SQLite gives it back: column name → value. */
export type Row = Record<string, unknown>;

/** One row's state before and after an edit; null means the row did not exist. */
export interface RowChange {
  table: string;
  key: string;
  id: unknown;
  before: Row | null;
  after: Row | null;
}

/** Where a row's change is kept: one entry per row, however often an edit touches it. */
export const rowKey = (table: string, id: unknown) => `${table}\u0000${String(id)}`;

/**
 * The write side a service sees inside one edit, and only there: every insert, update
 * and delete goes through it so the edit's before and after images can be undone and
 * redone exactly. Rows that a foreign key's ON DELETE action would change are changed
 * here first, explicitly, so no cascade goes unrecorded.
 */
export class RowWriter extends WorkspaceReader {
  /** Changed rows in the order they were first touched. */
  readonly changes = new Map<string, RowChange>();
  private open = true;
  /** Rows whose delete is under way: a foreign-key cycle leads back to them, and they go anyway. */
  private readonly deleting = new Set<string>();

  /**
   * `record: false` is for filling a brand-new file (an import): nothing there is undone,
   * and keeping 100,000 row images would only cost memory.
   */
  constructor(
    statements: StatementCache,
    private readonly schema: SchemaInfo,
    private readonly options: { record: boolean } = { record: true },
  ) {
    super(statements);
  }

  /** Ends the writer with its edit: a writer kept past its transaction must not write. */
  close(): void {
    this.open = false;
  }

  /** A new row; an existing key is an error, never an overwrite. Returns the stored row (as given when not recording). */
  insert(table: string, row: Row): Row {
    this.assertOpen();
    const cols = Object.keys(row);
    const sql = `INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
    if (!this.options.record) {
      this.statements.get(sql).run(row);
      return row;
    }
    const after = this.statements.get(`${sql} RETURNING *`).get(row) as Row;
    this.record(table, after[this.schema.keyOf(table)], null, after);
    return after;
  }

  /** Writes only the given columns; returns false when no such row exists. */
  update(table: string, id: unknown, patch: Row): boolean {
    this.assertOpen();
    const key = this.schema.keyOf(table);
    if (key in patch) throw new Error(`the key of ${table} is not changed by an update`);
    const before = this.selectRow(table, key, id);
    if (!before) return false;
    const cols = Object.keys(patch);
    if (cols.length === 0) return true;
    const sql = `UPDATE ${ident(table)} SET ${cols.map((c) => `${ident(c)} = @${c}`).join(', ')} WHERE ${ident(key)} = @__key RETURNING *`;
    const after = this.statements.get(sql).get({ ...patch, __key: id }) as Row;
    this.record(table, id, before, after);
    return true;
  }

  /** Deletes a row and, first, what its foreign keys' ON DELETE actions would change; false when no such row exists. */
  delete(table: string, id: unknown): boolean {
    this.assertOpen();
    const key = this.schema.keyOf(table);
    const k = rowKey(table, id);
    if (this.deleting.has(k)) return false;
    const before = this.selectRow(table, key, id);
    if (!before) return false;
    this.deleting.add(k);
    try {
      this.followDelete(table, before);
    } finally {
      this.deleting.delete(k);
    }
    this.statements.get(`DELETE FROM ${ident(table)} WHERE ${ident(key)} = ?`).run(id);
    this.record(table, id, before, null);
    return true;
  }

  private followDelete(table: string, parent: Row): void {
    for (const link of this.schema.childrenOf(table)) {
      if (link.onDelete !== 'CASCADE' && link.onDelete !== 'SET NULL') {
        if (link.onDelete === 'SET DEFAULT') throw new Error(`ON DELETE SET DEFAULT (${link.child}) is not supported by the undo recorder`);
        continue; // RESTRICT and NO ACTION: SQLite refuses the delete while children exist.
      }
      const where = link.columns.map((c) => `${ident(c)} = ?`).join(' AND ');
      const childKey = this.schema.keyOf(link.child);
      const ids = this.statements
        .get(`SELECT ${ident(childKey)} AS id FROM ${ident(link.child)} WHERE ${where}`)
        .all(...link.parentColumns.map((c) => parent[c])) as { id: unknown }[];
      const detach = Object.fromEntries(link.columns.map((c) => [c, null]));
      for (const { id } of ids) {
        const k = rowKey(link.child, id);
        if (this.deleting.has(k)) {
          // A cycle back to a row being deleted further up: unhook it (recorded) so deleting this
          // row does not cascade into it behind the recorder's back; its own delete follows.
          if (k !== rowKey(table, parent[this.schema.keyOf(table)])) this.update(link.child, id, detach);
        } else if (link.onDelete === 'CASCADE') this.delete(link.child, id);
        else this.update(link.child, id, detach);
      }
    }
  }

  private selectRow(table: string, key: string, id: unknown): Row | null {
    return (this.statements.get(`SELECT * FROM ${ident(table)} WHERE ${ident(key)} = ?`).get(id) as Row | undefined) ?? null;
  }

  private record(table: string, id: unknown, before: Row | null, after: Row | null): void {
    if (!this.options.record) return;
    const k = rowKey(table, id);
    const earlier = this.changes.get(k);
    if (earlier) earlier.after = after;
    else this.changes.set(k, { table, key: this.schema.keyOf(table), id, before, after });
  }

  private assertOpen(): void {
    if (!this.open) throw new Error('this edit is over: write inside WorkspaceSession.edit');
  }
}
