import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { errorCode, sampleCluster, useTempServices } from '../helpers';
import { actorFields } from '../stakeholders/mapFixtures';
import { itemFields } from '../swot/swotFixtures';
import { fullProgram, planRows, programInput, strategyInput, workspaceWithCluster } from './planFixtures';

const env = useTempServices();

/** Two clusters, the first with a plan holding one strategy and one full program; another cluster's SWOT item and TOWS strategy. */
async function twoClusters() {
  const clusterId = await workspaceWithCluster(env.services, env.root);
  const otherId = (await invoke(env.services, 'clusters.create', sampleCluster('Sentra Logam Ceper'))).id;
  await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Pemasaran') });
  await invoke(env.services, 'plan.programs.save', { clusterId, program: fullProgram('p1', 'Pelatihan 5S') });
  const board = await invoke(env.services, 'swot.items.create', { clusterId: otherId, fields: itemFields('strength', 'Pengecoran logam') });
  const otherItem = board.items[0]!.id;
  const otherTows = (await invoke(env.services, 'swot.strategies.create', { clusterId: otherId, fields: { kind: 'SO', text: 'Ekspor', itemIds: [otherItem] } }))
    .strategies[0]!.id;
  return { clusterId, otherId, otherItem, otherTows };
}

/** Runs a call that must be refused, and checks it wrote nothing and left the undo history as it was. */
async function refused(call: () => unknown) {
  const rows = planRows(env.services);
  const history = await invoke(env.services, 'workspace.history', {});
  const error = await errorCode(call);
  expect(planRows(env.services)).toEqual(rows);
  expect(await invoke(env.services, 'workspace.history', {})).toEqual(history);
  return error;
}

describe('the plan refuses, writing nothing', () => {
  it('an unknown cluster, for every piece and for a version', async () => {
    await twoClusters();
    const clusterId = 'no-such-cluster';
    const view = await invoke(env.services, 'plan.get', { clusterId: (await invoke(env.services, 'clusters.list', {}))[0]!.id });
    const { updatedAt, ...fields } = view.header;
    void updatedAt;
    for (const call of [
      () => invoke(env.services, 'plan.get', { clusterId }),
      () => invoke(env.services, 'plan.header.save', { clusterId, fields }),
      () => invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s9', 'X') }),
      () => invoke(env.services, 'plan.programs.save', { clusterId, program: programInput('p9', 'X') }),
      () => invoke(env.services, 'plan.versions.freeze', { clusterId, label: 'Versi forum' }),
    ]) {
      expect((await refused(call)).code).toBe('clusterMissing');
    }
  });

  it('an unknown funding source, and a budget line for an activity the program does not have', async () => {
    const { clusterId } = await twoClusters();
    const program = fullProgram('p1', 'Pelatihan 5S');
    const badSource = { ...program, budget: [{ ...program.budget[0]!, sourceId: 'fs-nowhere' }] };
    expect(await refused(() => invoke(env.services, 'plan.programs.save', { clusterId, program: badSource }))).toEqual({
      code: 'unknownFundingSource',
      params: { query: 'fs-nowhere' },
    });
    const badActivity = { ...program, budget: [{ ...program.budget[0]!, activityId: 'p2-a1' }] };
    expect(await refused(() => invoke(env.services, 'plan.programs.save', { clusterId, program: badActivity }))).toEqual({
      code: 'invalidInput',
      params: { field: 'budget.0.activityId', detail: 'plan.validation.otherActivity' },
    });
  });

  it('an actor not on record, as lead or as participant', async () => {
    const { clusterId } = await twoClusters();
    const asLead = fullProgram('p2', 'Pameran', { leadActorId: 'ghost', leadName: 'Hantu' });
    expect(await refused(() => invoke(env.services, 'plan.programs.save', { clusterId, program: asLead }))).toEqual({
      code: 'notFound',
      params: { query: 'ghost' },
    });
    const asParticipant = fullProgram('p2', 'Pameran', { participants: [{ id: 'p2-x', actorId: 'ghost', name: 'Hantu' }] });
    expect((await refused(() => invoke(env.services, 'plan.programs.save', { clusterId, program: asParticipant }))).code).toBe('notFound');
  });

  it('a SWOT item or TOWS strategy of another cluster, and a strategy of another plan', async () => {
    const { clusterId, otherId, otherItem, otherTows } = await twoClusters();
    const cite = (kind: 'swotItem' | 'towsStrategy', targetId: string) => fullProgram('p2', 'Pameran', { links: [{ kind, targetId }] });
    for (const [kind, id] of [
      ['swotItem', otherItem],
      ['towsStrategy', otherTows],
    ] as const) {
      expect(await refused(() => invoke(env.services, 'plan.programs.save', { clusterId, program: cite(kind, id) }))).toEqual({
        code: 'notFound',
        params: { query: id },
      });
    }
    const fromOtherTows = strategyInput('s2', 'Ekspor', { towsStrategyId: otherTows });
    expect((await refused(() => invoke(env.services, 'plan.strategies.save', { clusterId, strategy: fromOtherTows }))).code).toBe('notFound');
    // s1 is the first cluster's: a program of the other cluster may not serve it.
    const serving = programInput('q1', 'Program lain', { strategyId: 's1' });
    expect(await refused(() => invoke(env.services, 'plan.programs.save', { clusterId: otherId, program: serving }))).toEqual({
      code: 'notFound',
      params: { query: 's1' },
    });
  });

  it('a row id another program, strategy or plan already uses', async () => {
    const { clusterId, otherId } = await twoClusters();
    const taken = (call: () => unknown) => refused(call).then((e) => e.code);
    // A program or strategy id of another cluster's plan.
    expect(await taken(() => invoke(env.services, 'plan.programs.save', { clusterId: otherId, program: programInput('p1', 'Salinan') }))).toBe('planRowTaken');
    expect(await taken(() => invoke(env.services, 'plan.strategies.save', { clusterId: otherId, strategy: strategyInput('s1', 'Salinan') }))).toBe(
      'planRowTaken',
    );
    // A child row id of another program of the same plan, and one given twice.
    const stolen = programInput('p2', 'Pameran', { activities: [{ id: 'p1-a1', name: 'Curian', start: '2027-01', end: '2027-01', output: '' }] });
    expect(await refused(() => invoke(env.services, 'plan.programs.save', { clusterId, program: stolen }))).toEqual({
      code: 'planRowTaken',
      params: { query: 'p1-a1' },
    });
    // A header row (target or approval block) of another cluster's plan.
    const first = await invoke(env.services, 'plan.get', { clusterId });
    const second = await invoke(env.services, 'plan.get', { clusterId: otherId });
    const { updatedAt, ...fields } = second.header;
    void updatedAt;
    expect(await taken(() => invoke(env.services, 'plan.header.save', { clusterId: otherId, fields: { ...fields, approvals: first.header.approvals } }))).toBe(
      'planRowTaken',
    );
    const twice = strategyInput('s2', 'Mutu', { indicators: [strategyInput('x', 'x').indicators[0]!, strategyInput('x', 'x').indicators[0]!] });
    expect(await taken(() => invoke(env.services, 'plan.strategies.save', { clusterId, strategy: twice }))).toBe('planRowTaken');
  });

  it('unknown ids to delete or move', async () => {
    await twoClusters();
    for (const call of [
      () => invoke(env.services, 'plan.strategies.delete', { id: 'nope' }),
      () => invoke(env.services, 'plan.strategies.move', { id: 'nope', position: 0 }),
      () => invoke(env.services, 'plan.programs.delete', { id: 'nope' }),
      () => invoke(env.services, 'plan.programs.move', { id: 'nope', position: 0 }),
      () => invoke(env.services, 'plan.funding.delete', { id: 'nope' }),
      () => invoke(env.services, 'plan.funding.move', { id: 'nope', position: 0 }),
      () => invoke(env.services, 'plan.versions.get', { id: 'nope' }),
      () => invoke(env.services, 'plan.versions.delete', { id: 'nope' }),
    ]) {
      expect(await refused(call)).toEqual({ code: 'notFound', params: { query: 'nope' } });
    }
  });

  it('input the schemas refuse: an end before its start, a negative or absurd amount', async () => {
    const { clusterId } = await twoClusters();
    const program = fullProgram('p1', 'Pelatihan 5S');
    const backwards = { ...program, activities: [{ ...program.activities[0]!, start: '2027-05', end: '2027-02' }] };
    expect((await refused(() => invoke(env.services, 'plan.programs.save', { clusterId, program: backwards }))).code).toBe('invalidInput');
    for (const amount of [-1, 1e13, 1.5]) {
      const bad = { ...program, budget: [{ ...program.budget[0]!, amount }] };
      expect((await refused(() => invoke(env.services, 'plan.programs.save', { clusterId, program: bad }))).code).toBe('invalidInput');
    }
  });
});

describe('actors, for the refusals above', () => {
  it('accepts an actor that is on record, even one on no map of this cluster', async () => {
    const { clusterId, otherId } = await twoClusters();
    const actor = await invoke(env.services, 'stakeholders.actors.create', { clusterId: otherId, fields: actorFields('Bank Jateng'), x: 0, y: 0 });
    const view = await invoke(env.services, 'plan.programs.save', { clusterId, program: fullProgram('p2', 'Kredit', { leadActorId: actor.id, leadName: '' }) });
    expect(view.programs[1]!.lead).toEqual({ actorId: actor.id, name: 'Bank Jateng', deleted: false });
  });
});
