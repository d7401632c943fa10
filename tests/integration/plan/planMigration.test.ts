import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { planMigration } from '../../../electron/services/plan/migrations';
import { stakeholdersMigration } from '../../../electron/services/stakeholders/migrations';
import { swotMigration } from '../../../electron/services/swot/migrations';
import { builtinFundingSources } from '../../../shared/domain/plan/codes';
import { useTempServices } from '../helpers';
import { closeAndInspect, openMigrated, writeOldWorkspace } from '../oldWorkspace';
import { fullProgram } from './planFixtures';

const env = useTempServices();

/** A workspace as the SWOT release wrote it: schema version 4, one cluster with a SWOT item. */
function versionFourFile(): string {
  return writeOldWorkspace(env.root, {
    version: 4,
    migrations: [stakeholdersMigration, swotMigration],
    workspaceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    at: '2026-01-01T00:00:00.000Z',
    clusters: [{ id: 'kebumen', name: 'Sentra Genteng Kebumen' }],
    seed: (db) =>
      db
        .prepare(
          `INSERT INTO swot_items (id, cluster_id, quadrant, text, determinant, evidence, position, created_at, updated_at)
           VALUES ('s-merek', 'kebumen', 'strength', 'Merek Sokka', NULL, '', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
        )
        .run(),
  });
}

describe('migration 5 (plans) on a version-4 file', () => {
  it('migrates with a backup first, gives the built-in funding sources, and the plan works', async () => {
    expect(planMigration.version).toBe(5);
    const file = versionFourFile();
    await openMigrated(env.services, file, 5);

    const view = await invoke(env.services, 'plan.get', { clusterId: 'kebumen' });
    expect(view).toMatchObject({ exists: false, programs: [] });
    expect(view.funding.map((f) => f.key)).toEqual([...builtinFundingSources]);
    expect(view.context.swotItems).toEqual([{ id: 's-merek', code: 'S1', quadrant: 'strength', text: 'Merek Sokka' }]);
    await invoke(env.services, 'plan.programs.save', {
      clusterId: 'kebumen',
      program: fullProgram('p1', 'Pelatihan 5S', { links: [{ kind: 'swotItem', targetId: 's-merek' }] }),
    });

    await closeAndInspect(env.services, file, 5, (db) => {
      expect(db.prepare('SELECT COUNT(*) AS n FROM funding_sources').get()).toEqual({ n: 10 });
      expect(db.prepare('SELECT code, text FROM plan_program_links').all()).toEqual([{ code: 'S1', text: 'Merek Sokka' }]);
      expect(db.prepare('SELECT SUM(amount) AS total FROM plan_budget_lines').get()).toEqual({ total: 12_500_000 });
    });
  });
});
