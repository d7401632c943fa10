import type { Database } from 'better-sqlite3';

type OnDelete = 'CASCADE' | 'SET NULL' | 'SET DEFAULT' | 'RESTRICT' | 'NO ACTION';

/** A foreign key pointing at a table: which child rows follow a parent row. */
export interface ChildLink {
  child: string;
  /** Columns of the child holding the parent's values, in the order of `parentColumns`. */
  columns: string[];
  parentColumns: string[];
  onDelete: OnDelete;
}

interface ForeignKeyRow {
  id: number;
  table: string;
  from: string;
  to: string | null;
  on_delete: OnDelete;
}

/**
 * What the undo recorder must know of a workspace's tables: each table's one-column key
 * and the foreign keys that point at it. Read once per open connection (the schema only
 * changes by migration, before a session starts).
 */
export class SchemaInfo {
  private readonly keys = new Map<string, string>();
  private readonly children = new Map<string, ChildLink[]>();

  constructor(db: Database) {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    for (const table of tables) {
      const pk = (db.pragma(`table_info("${table}")`) as { name: string; pk: number }[]).filter((c) => c.pk > 0);
      if (pk.length === 1) this.keys.set(table, pk[0]!.name);
    }
    for (const child of tables) {
      const rows = db.pragma(`foreign_key_list("${child}")`) as ForeignKeyRow[];
      const byId = new Map<number, ForeignKeyRow[]>();
      for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
      for (const fk of byId.values()) {
        const parent = fk[0]!.table;
        const link: ChildLink = {
          child,
          columns: fk.map((r) => r.from),
          // A foreign key that names no parent column points at the parent's primary key.
          parentColumns: fk.map((r) => r.to ?? this.keyOf(parent)),
          onDelete: fk[0]!.on_delete,
        };
        this.children.set(parent, [...(this.children.get(parent) ?? []), link]);
      }
    }
  }

  /** The table's key column; undo needs every recorded table to have exactly one. */
  keyOf(table: string): string {
    const key = this.keys.get(table);
    if (!key) throw new Error(`table ${table} has no single-column primary key, so its rows cannot be recorded for undo`);
    return key;
  }

  childrenOf(table: string): readonly ChildLink[] {
    return this.children.get(table) ?? [];
  }
}
