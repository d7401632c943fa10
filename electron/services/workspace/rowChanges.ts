import type { Database } from '../../db/sqlite';

/** A stored row as SQLite gives it back: column name → value. */
export type Row = Record<string, unknown>;

/** One row's state before and after an edit; null means the row did not exist. */
export interface RowChange {
  table: string;
  key: string;
  keyValue: unknown;
  before: Row | null;
  after: Row | null;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  // Table and column names come from the services' own code, never from users; this
  // guard keeps it that way if someone ever passes one through.
  if (!IDENT.test(name)) throw new Error(`bad identifier ${name}`);
  return `"${name}"`;
}

function selectRow(db: Database, table: string, key: string, keyValue: unknown): Row | null {
  const row = db.prepare(`SELECT * FROM ${ident(table)} WHERE ${ident(key)} = ?`).get(keyValue) as Row | undefined;
  return row ?? null;
}

/**
 * Makes the row match `image` (insert, update or delete): how undo and redo apply a change.
 * An existing row is updated in place, never replaced, so a later table's ON DELETE
 * CASCADE children are not swept away by an undo.
 */
export function applyRowImage(db: Database, table: string, key: string, keyValue: unknown, image: Row | null): void {
  if (image === null) {
    db.prepare(`DELETE FROM ${ident(table)} WHERE ${ident(key)} = ?`).run(keyValue);
    return;
  }
  const cols = Object.keys(image);
  const exists = db.prepare(`SELECT 1 FROM ${ident(table)} WHERE ${ident(key)} = ?`).get(keyValue) !== undefined;
  if (exists) {
    db.prepare(`UPDATE ${ident(table)} SET ${cols.map((c) => `${ident(c)} = @${c}`).join(', ')} WHERE ${ident(key)} = @__key`).run({
      ...image,
      __key: keyValue,
    });
  } else {
    insertRow(db, table, image);
  }
}

function insertRow(db: Database, table: string, row: Row): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
}

/**
 * The write side a service sees inside one edit: every insert, update and delete goes
 * through here so the edit's before and after images can be undone and redone.
 */
export class RowWriter {
  readonly changes: RowChange[] = [];

  constructor(readonly db: Database) {}

  private record(table: string, key: string, keyValue: unknown, before: Row | null): void {
    const after = selectRow(this.db, table, key, keyValue);
    const earlier = this.changes.find((c) => c.table === table && c.keyValue === keyValue);
    if (earlier) earlier.after = after;
    else this.changes.push({ table, key, keyValue, before, after });
  }

  /** A new row; an existing key is an error, never an overwrite. */
  insert(table: string, key: string, row: Row): void {
    insertRow(this.db, table, row);
    this.record(table, key, row[key], null);
  }

  /** Writes only the given columns; returns false when no such row exists. */
  update(table: string, key: string, keyValue: unknown, patch: Row): boolean {
    const before = selectRow(this.db, table, key, keyValue);
    if (!before) return false;
    const cols = Object.keys(patch);
    if (cols.length > 0) {
      this.db
        .prepare(`UPDATE ${ident(table)} SET ${cols.map((c) => `${ident(c)} = @${c}`).join(', ')} WHERE ${ident(key)} = @__key`)
        .run({ ...patch, __key: keyValue });
    }
    this.record(table, key, keyValue, before);
    return true;
  }

  /** Returns false when no such row exists. */
  delete(table: string, key: string, keyValue: unknown): boolean {
    const before = selectRow(this.db, table, key, keyValue);
    if (!before) return false;
    applyRowImage(this.db, table, key, keyValue, null);
    this.record(table, key, keyValue, before);
    return true;
  }
}
