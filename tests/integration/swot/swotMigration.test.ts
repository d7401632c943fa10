import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { stakeholdersMigration } from '../../../electron/services/stakeholders/migrations';
import { swotMigration } from '../../../electron/services/swot/migrations';
import { useTempServices } from '../helpers';
import { closeAndInspect, openMigrated, writeOldWorkspace } from '../oldWorkspace';
import { itemFields } from './swotFixtures';

const env = useTempServices();

/** A workspace as the stakeholder-map release wrote it: schema version 2, one cluster and an actor. */
function versionTwoFile(): string {
  return writeOldWorkspace(env.root, {
    version: 2,
    migrations: [stakeholdersMigration],
    workspaceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    at: '2025-01-01T00:00:00.000Z',
    clusters: [{ id: 'kebumen', name: 'Sentra Genteng Kebumen' }],
    seed: (db) =>
      db
        .prepare(
          `INSERT INTO actors (id, name, kind, sector, level, inside_cluster, influence, interest, attitude, potentially_viable, leading_firm, created_at, updated_at)
           VALUES ('kop', 'Koperasi Genteng', 'cooperative', 'business', 'cluster', 1, 3, 3, 'supportive', 0, 0, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
        )
        .run(),
  });
}

describe('migration 4 (SWOT) on a version-2 file', () => {
  it('migrates with a backup first, keeps the actors, and the board works', async () => {
    expect(swotMigration.version).toBe(4);
    const file = versionTwoFile();
    await openMigrated(env.services, file, 4);

    expect(await invoke(env.services, 'swot.board.get', { clusterId: 'kebumen' })).toMatchObject({ items: [], voters: [], strategies: [] });
    await invoke(env.services, 'swot.items.create', { clusterId: 'kebumen', fields: itemFields('strength', 'Merek Kebumen Sokka') });
    const board = await invoke(env.services, 'swot.voters.add', { clusterId: 'kebumen', fields: { name: 'Koperasi Genteng', actorId: 'kop' } });
    expect(board.voters[0]!.actorId).toBe('kop');

    await closeAndInspect(env.services, file, 4, (db) => {
      expect((db.prepare('SELECT text FROM swot_items').all() as { text: string }[]).map((r) => r.text)).toEqual(['Merek Kebumen Sokka']);
    });
  });
});
