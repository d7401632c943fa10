import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { selectionMigration } from '../../../electron/services/selection/migrations';
import { stakeholdersMigration } from '../../../electron/services/stakeholders/migrations';
import { useTempServices } from '../helpers';
import { closeAndInspect, openMigrated, writeOldWorkspace } from '../oldWorkspace';
import { sessionFields, smallRubric } from './selectionFixtures';

const env = useTempServices();
const AT = '2025-06-01T00:00:00.000Z';

/** A workspace as the stakeholder-map release wrote it: schema version 2, a cluster and an actor on its map. */
function versionTwoFile(): string {
  return writeOldWorkspace(env.root, {
    version: 2,
    migrations: [stakeholdersMigration],
    workspaceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeee2',
    at: AT,
    clusters: [{ id: 'kebumen', name: 'Sentra Genteng Kebumen' }],
    seed: (db) =>
      db
        .prepare(
          `INSERT INTO actors (id, name, kind, sector, level, inside_cluster, influence, interest, attitude, potentially_viable, leading_firm, contact, notes, created_at, updated_at)
           VALUES ('pak-slamet', 'Pak Slamet', 'sme', 'business', 'cluster', 1, 3, 4, 'supportive', 1, 0, '', '', ?, ?)`,
        )
        .run(AT, AT),
  });
}

describe('migration 3 (selection) on a version-2 file', () => {
  it('migrates with a backup first, keeps the data, and sessions work', async () => {
    expect(selectionMigration.version).toBe(3);
    const file = versionTwoFile();
    await openMigrated(env.services, file, 3);
    expect((await invoke(env.services, 'stakeholders.actors.list', {})).map((a) => a.name)).toEqual(['Pak Slamet']);
    expect(await invoke(env.services, 'selection.sessions.list', {})).toEqual([]);

    const { id: sessionId } = await invoke(env.services, 'selection.sessions.create', { fields: sessionFields(), rubric: smallRubric(), source: null });
    const { groups } = await invoke(env.services, 'selection.groups.add', { sessionId, name: 'Domestik' });
    await invoke(env.services, 'selection.candidates.add', { sessionId, groupId: groups[0]!.id, clusterIds: ['kebumen'] });
    const state = await invoke(env.services, 'selection.scorers.add', { sessionId, fields: { name: 'Pak Slamet', actorId: 'pak-slamet' } });
    expect(state.candidates.map((c) => c.clusterName)).toEqual(['Sentra Genteng Kebumen']);
    expect(state.scorers).toEqual([expect.objectContaining({ name: 'Pak Slamet', actorId: 'pak-slamet' })]);

    await closeAndInspect(env.services, file, 3, (db) => {
      expect((db.prepare('SELECT cluster_id FROM selection_candidates').all() as { cluster_id: string }[]).map((r) => r.cluster_id)).toEqual(['kebumen']);
    });
  });
});
