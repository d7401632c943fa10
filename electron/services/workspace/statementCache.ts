import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepared statements by their SQL, for one connection. Preparing costs more than running
 * a small statement, and an edit that moves 2,000 nodes runs the same few thousand times.
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * Quotes a table or column name. Names come from the services' own code, never from
 * users; this guard keeps it that way if someone ever passes one through.
 */
export function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`bad identifier ${name}`);
  return `"${name}"`;
}
