import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { APPLICATION_ID } from '../../electron/db/constants';
import { initial } from '../../electron/db/migrations/001-initial';
import { invoke, type Services } from '../../electron/services/createServices';

/** What an earlier release left in its file: the features it had and the clusters (kept in order) it held. */
export interface OldWorkspace {
  /** The schema version it wrote. */
  version: number;
  /** The migrations after the initial one that it had run, in order. */
  migrations: { up: (db: Database.Database) => void }[];
  workspaceId: string;
  /** Every timestamp of the file (meta, clusters). */
  at: string;
  clusters: { id: string; name: string }[];
  /** Rows of later features' tables (an actor on a map), written after the clusters. */
  seed?: (db: Database.Database) => void;
}

/**
 * Writes `root/release-<version>.sentra` as that release wrote it (no later migration has touched
 * it), for tests that open an old file and check that it migrates. Returns the file's path.
 */
export function writeOldWorkspace(root: string, old: OldWorkspace): string {
  const file = path.join(root, `release-${old.version}.sentra`);
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  initial.up(db);
  for (const m of old.migrations) m.up(db);
  db.pragma(`user_version = ${old.version}`);
  db.prepare("INSERT INTO meta (key, value) VALUES ('workspace_id', ?), ('created_at', ?)").run(old.workspaceId, old.at);
  db.prepare("INSERT INTO program (id, name) VALUES (1, 'Program lama')").run();
  const insert = db.prepare(`INSERT INTO clusters (id, name, cluster_group, created_at, updated_at, position) VALUES (?, ?, 'domestic', ?, ?, ?)`);
  old.clusters.forEach((c, i) => insert.run(c.id, c.name, old.at, old.at, i + 1));
  old.seed?.(db);
  db.close();
  return file;
}

/** Opens an old file and checks it reached at least `version`, with a backup taken before the migration. */
export async function openMigrated(services: Services, file: string, version: number) {
  const summary = await invoke(services, 'workspace.open', { path: file });
  expect(summary.schemaVersion).toBeGreaterThanOrEqual(version);
  expect((await invoke(services, 'workspace.backups', {})).map((b) => b.reason).sort()).toEqual(['migration', 'open']);
  return summary;
}

/**
 * Closes the workspace and reads the file itself: at least `version`, no broken foreign key, and
 * whatever `check` asks of the migrated tables.
 */
export async function closeAndInspect(services: Services, file: string, version: number, check: (db: Database.Database) => void): Promise<void> {
  await invoke(services, 'workspace.close', {});
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(version);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    check(db);
  } finally {
    db.close();
  }
}
