import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import { migrations, LATEST_VERSION } from './migrations';

/**
 * Brings a workspace up to the latest schema, one migration per transaction so a failure
 * leaves the file at the last complete version. The caller takes a backup first.
 */
export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > LATEST_VERSION) throw new AppError('newerVersion', { fileVersion: from, appVersion: LATEST_VERSION });
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: LATEST_VERSION };
}

export function needsMigration(version: number): boolean {
  return version < LATEST_VERSION;
}
