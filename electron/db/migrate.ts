import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import type { Schema } from './schema';

/**
 * Brings a workspace up to the latest schema, one migration per transaction so a failure
 * leaves the file at the last complete version. The caller takes a backup first.
 */
export function migrate(db: Database, schema: Schema): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > schema.latest) throw new AppError('newerVersion', { fileVersion: from, appVersion: schema.latest });
  for (const m of schema.migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: schema.latest };
}
