import type { StatementCache } from './statementCache';

/** Parameters bound to a statement: positional values or one object of named ones. */
export type SqlParams = unknown[];

/**
 * The read side of a workspace: what every handler gets. It runs only statements that
 * read, so a write can never slip past an edit (and its undo record); the
 * connection is also `query_only` outside edits, which SQLite itself enforces.
 */
export class WorkspaceReader {
  constructor(protected readonly statements: StatementCache) {}

  /** The first row, or undefined. */
  get<T>(sql: string, ...params: SqlParams): T | undefined {
    return this.reading(sql).get(...params) as T | undefined;
  }

  all<T>(sql: string, ...params: SqlParams): T[] {
    return this.reading(sql).all(...params) as T[];
  }

  private reading(sql: string) {
    const s = this.statements.get(sql);
    // `reader` alone would let `DELETE … RETURNING` through: it returns rows too.
    if (!s.reader || !s.readonly) throw new Error('WorkspaceReader runs only statements that read; write inside an edit');
    return s;
  }
}
