import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { stakeholdersMigration } from '../../../electron/services/stakeholders/migrations';
import { useTempServices } from '../helpers';
import { closeAndInspect, openMigrated, writeOldWorkspace } from '../oldWorkspace';
import { actorFields } from './mapFixtures';

const env = useTempServices();

/** A workspace as the first release wrote it: schema version 1, a program and two clusters. */
function versionOneFile(): string {
  return writeOldWorkspace(env.root, {
    version: 1,
    migrations: [],
    workspaceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    at: '2025-01-01T00:00:00.000Z',
    clusters: [
      { id: 'kebumen', name: 'Sentra Genteng Kebumen' },
      { id: 'ceper', name: 'Sentra Pengecoran Logam Ceper' },
    ],
  });
}

describe('migration 2 (stakeholders) on a version-1 file', () => {
  it('migrates with a backup first, keeps the clusters, and the maps work', async () => {
    expect(stakeholdersMigration.version).toBe(2);
    const file = versionOneFile();
    const summary = await openMigrated(env.services, file, 2);
    expect(summary.workspaceId).toBe('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect((await invoke(env.services, 'clusters.list', {})).map((c) => c.id)).toEqual(['kebumen', 'ceper']);

    expect(await invoke(env.services, 'stakeholders.map', { clusterId: 'kebumen' })).toMatchObject({ actors: [], ties: [] });
    const actor = await invoke(env.services, 'stakeholders.actors.create', { clusterId: 'kebumen', fields: actorFields('Koperasi Genteng'), x: 0, y: 0 });
    expect((await invoke(env.services, 'stakeholders.map', { clusterId: 'kebumen' })).actors.map((a) => a.id)).toEqual([actor.id]);

    await closeAndInspect(env.services, file, 2, (db) => {
      expect((db.prepare('SELECT name FROM actors').all() as { name: string }[]).map((r) => r.name)).toEqual(['Koperasi Genteng']);
    });
  });
});
