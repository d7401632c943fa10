import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/db/constants';
import { initial } from '../../../electron/db/migrations/001-initial';
import { invoke } from '../../../electron/services/createServices';
import { stakeholdersMigration } from '../../../electron/services/stakeholders/migrations';
import { useTempServices } from '../helpers';
import { actorFields } from './mapFixtures';

const env = useTempServices();

/** A workspace as the first release wrote it: schema version 1, a program and two clusters. */
function versionOneFile(): string {
  const file = path.join(env.root, 'release-1.sentra');
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  initial.up(db);
  db.pragma('user_version = 1');
  db.prepare("INSERT INTO meta (key, value) VALUES ('workspace_id', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'), ('created_at', '2025-01-01T00:00:00.000Z')").run();
  db.prepare("INSERT INTO program (id, name) VALUES (1, 'Program lama')").run();
  const insert = db.prepare(
    `INSERT INTO clusters (id, name, cluster_group, created_at, updated_at, position)
     VALUES (?, ?, 'domestic', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', ?)`,
  );
  insert.run('kebumen', 'Sentra Genteng Kebumen', 1);
  insert.run('ceper', 'Sentra Pengecoran Logam Ceper', 2);
  db.close();
  return file;
}

describe('migration 2 (stakeholders) on a version-1 file', () => {
  it('migrates with a backup first, keeps the clusters, and the maps work', async () => {
    expect(stakeholdersMigration.version).toBe(2);
    const file = versionOneFile();
    const summary = await invoke(env.services, 'workspace.open', { path: file });
    expect(summary.schemaVersion).toBeGreaterThanOrEqual(2);
    expect(summary.workspaceId).toBe('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect((await invoke(env.services, 'clusters.list', {})).map((c) => c.id)).toEqual(['kebumen', 'ceper']);
    expect((await invoke(env.services, 'workspace.backups', {})).map((b) => b.reason).sort()).toEqual(['migration', 'open']);

    expect(await invoke(env.services, 'stakeholders.map', { clusterId: 'kebumen' })).toMatchObject({ actors: [], ties: [] });
    const actor = await invoke(env.services, 'stakeholders.actors.create', { clusterId: 'kebumen', fields: actorFields('Koperasi Genteng'), x: 0, y: 0 });
    expect((await invoke(env.services, 'stakeholders.map', { clusterId: 'kebumen' })).actors.map((a) => a.id)).toEqual([actor.id]);

    await invoke(env.services, 'workspace.close', {});
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect((db.prepare('SELECT name FROM actors').all() as { name: string }[]).map((r) => r.name)).toEqual(['Koperasi Genteng']);
    } finally {
      db.close();
    }
  });
});
