import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { errorCode, useTempServices } from '../helpers';
import { fullProgram, strategyInput, workspaceWithCluster } from './planFixtures';

const env = useTempServices();

/** What a program's budget lines are tied to, as stored. */
async function tiedTo(clusterId: string): Promise<(string | null)[]> {
  return (await invoke(env.services, 'plan.get', { clusterId })).programs[0]!.budget.map((b) => b.activityId);
}

describe('removing an activity that budget lines are tied to', () => {
  it('is one edit: its lines become the whole program’s, and undo ties them again', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const program = fullProgram('p1', 'Pelatihan 5S');
    await invoke(env.services, 'plan.programs.save', { clusterId, program });
    expect(await tiedTo(clusterId)).toEqual(['p1-a1', 'p1-a1', null]);
    // Another piece edited in between, so the removal is its own undo step (typing into one program merges).
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Perkuat mutu') });

    // What the editor sends when the first activity's row is removed: the lines still name it.
    const view = await invoke(env.services, 'plan.programs.save', { clusterId, program: { ...program, activities: program.activities.slice(1) } });
    expect(view.programs[0]!.activities.map((a) => a.id)).toEqual(['p1-a2']);
    expect(view.programs[0]!.budget.map((b) => [b.id, b.amount, b.activityId])).toEqual([
      ['p1-b1', 7_500_000, null],
      ['p1-b2', 3_000_000, null],
      ['p1-b3', 2_000_000, null],
    ]);

    await invoke(env.services, 'workspace.undo', {});
    expect(await tiedTo(clusterId)).toEqual(['p1-a1', 'p1-a1', null]);
  });

  it('still refuses a line tied to an activity the program never had', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const program = fullProgram('p1', 'Pelatihan 5S');
    await invoke(env.services, 'plan.programs.save', { clusterId, program });
    const stranger = { ...program, activities: program.activities.slice(1), budget: [{ ...program.budget[0]!, activityId: 'p9-a1' }] };
    expect(await errorCode(() => invoke(env.services, 'plan.programs.save', { clusterId, program: stranger }))).toEqual({
      code: 'invalidInput',
      params: { field: 'budget.0.activityId', detail: 'plan.validation.otherActivity' },
    });
    expect(await tiedTo(clusterId)).toEqual(['p1-a1', 'p1-a1', null]);
  });
});
