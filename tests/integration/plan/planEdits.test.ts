import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { builtinFundingSources, DEFAULT_LEAD_LOAD_MAX } from '../../../shared/domain/plan/codes';
import { useTempServices } from '../helpers';
import { fullProgram, headerFields, planRows, programInput, programOrder, strategyInput, workspaceWithCluster } from './planFixtures';

const env = useTempServices();

/** Undoes the last step, checks the rows are as before it, redoes it and checks they are as after it. */
async function undoRedoExactly(before: Record<string, unknown[]>) {
  const after = planRows(env.services);
  const step = await invoke(env.services, 'workspace.undo', {});
  expect(planRows(env.services)).toEqual(before);
  await invoke(env.services, 'workspace.redo', {});
  expect(planRows(env.services)).toEqual(after);
  return step;
}

describe('the plan: reading and the header', () => {
  it('reads a plan never saved as defaults, writing nothing', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const before = planRows(env.services);
    const view = await invoke(env.services, 'plan.get', { clusterId });
    expect(view).toMatchObject({ clusterId, clusterName: 'Sentra Genteng Kebumen', exists: false, strategies: [], programs: [], versions: [] });
    expect(view.header).toMatchObject({ title: 'Sentra Genteng Kebumen', leadLoadMax: DEFAULT_LEAD_LOAD_MAX, updatedAt: null, targets: [] });
    expect(view.header.visionYear).toBe(view.header.year + 9);
    expect(view.header.approvals.map((a) => a.heading)).toEqual(['mengetahui', 'menyetujui']);
    // Row ids are unique across plans: the default blocks carry the cluster's id.
    expect(view.header.approvals.every((a) => a.id.startsWith(`${clusterId}/`))).toBe(true);
    expect(view.funding.map((f) => f.key)).toEqual([...builtinFundingSources]);
    expect(view.context).toEqual({ actors: [], swotItems: [], towsStrategies: [] });
    expect(planRows(env.services)).toEqual(before);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel?.key).toBe('history.createCluster');
  });

  it('creates the plan on the first header save and merges typing into one step per plan', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const before = planRows(env.services);
    const view = await invoke(env.services, 'plan.get', { clusterId });
    for (const vision of ['Sentra', 'Sentra genteng', 'Sentra genteng yang mandiri pada 2036']) {
      await invoke(env.services, 'plan.header.save', { clusterId, fields: headerFields(view, { vision }) });
    }
    const saved = await invoke(env.services, 'plan.get', { clusterId });
    expect(saved).toMatchObject({ exists: true, header: { vision: 'Sentra genteng yang mandiri pada 2036' } });
    expect(saved.header.approvals).toEqual(view.header.approvals);
    expect(saved.header.updatedAt).not.toBeNull();
    const step = await undoRedoExactly(before);
    expect(step.label).toEqual({ key: 'plan.history.saveHeader', params: {} });
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'plan.get', { clusterId })).exists).toBe(false);
  });

  it('syncs targets and approvals by id, writing only the rows that change', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const view = await invoke(env.services, 'plan.get', { clusterId });
    const targets = [
      { id: 't1', text: 'Ekspor genteng', area: 'demand' as const, target: '5 kontainer/tahun' },
      { id: 't2', text: 'Forum sentra aktif', area: 'socialCapital' as const, target: 'rapat bulanan' },
    ];
    const first = await invoke(env.services, 'plan.header.save', {
      clusterId,
      fields: headerFields(view, { targets, year: 2027, mediumStart: 2027, visionYear: 2036 }),
    });
    expect(first.header.targets).toEqual(targets);
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Pisahkan langkah') }); // ends the merge window's step
    const before = planRows(env.services);
    const approvals = first.header.approvals.map((a, i) => (i === 1 ? { ...a, title: 'Kepala Dinas', name: 'Ir. Budi', nip: '19650101 199003 1 002' } : a));
    await invoke(env.services, 'plan.header.save', { clusterId, fields: headerFields(first, { targets: [targets[1]!], approvals }) });
    const step = await undoRedoExactly(before);
    expect(step.changed).toEqual({ plan_targets: ['t1', 't2'], plan_approvals: [approvals[1]!.id], plans: [clusterId] });
    const saved = await invoke(env.services, 'plan.get', { clusterId });
    expect(saved.header.targets).toEqual([targets[1]]);
    expect(saved.header.approvals[1]).toMatchObject({ name: 'Ir. Budi', nip: '19650101 199003 1 002' });
  });

  it('writes nothing when the same header is saved again', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const saved = await invoke(env.services, 'plan.header.save', {
      clusterId,
      fields: headerFields(await invoke(env.services, 'plan.get', { clusterId }), { title: 'Rencana' }),
    });
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Langkah lain') });
    const before = planRows(env.services);
    await invoke(env.services, 'plan.header.save', { clusterId, fields: headerFields(saved) });
    expect(planRows(env.services)).toEqual(before);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel?.key).toBe('plan.history.createStrategy');
  });
});

describe('the plan: 3-year strategies', () => {
  it('creates the plan with the first strategy in one step, then edits, moves and deletes, each undoable', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    let before = planRows(env.services);
    const created = await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Perkuat pemasaran bersama') });
    expect(created.exists).toBe(true);
    expect(created.strategies).toEqual([{ ...strategyInput('s1', 'Perkuat pemasaran bersama'), tows: null }]);
    expect((await undoRedoExactly(before)).label).toEqual({ key: 'plan.history.createStrategy', params: { text: 'Perkuat pemasaran bersama' } });

    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s2', 'Tingkatkan mutu') });
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s3', 'Kuatkan koperasi') });
    before = planRows(env.services);
    const edited = await invoke(env.services, 'plan.strategies.save', {
      clusterId,
      strategy: strategyInput('s2', 'Tingkatkan mutu genteng', {
        indicators: [{ id: 's2-i1', name: 'Genteng lolos SNI', unit: '%', baseline: 20, targets: [40, 60, null] }],
      }),
    });
    expect(edited.strategies[1]!.indicators[0]).toMatchObject({ name: 'Genteng lolos SNI', targets: [40, 60, null] });
    expect((await undoRedoExactly(before)).label.key).toBe('plan.history.updateStrategy');

    before = planRows(env.services);
    const moved = await invoke(env.services, 'plan.strategies.move', { id: 's3', position: 0 });
    expect(moved.strategies.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    await undoRedoExactly(before);

    before = planRows(env.services);
    const deleted = await invoke(env.services, 'plan.strategies.delete', { id: 's1' });
    expect(deleted.strategies.map((s) => s.id)).toEqual(['s3', 's2']);
    expect(
      planRows(env.services)
        .plan_strategies!.map((s) => (s as { position: number }).position)
        .sort(),
    ).toEqual([0, 1]);
    expect((await undoRedoExactly(before)).label).toEqual({ key: 'plan.history.deleteStrategy', params: { text: 'Perkuat pemasaran bersama' } });
  });

  it('unties the programs serving a deleted strategy in the same step, and ties them again on undo', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Pemasaran') });
    await invoke(env.services, 'plan.programs.save', { clusterId, program: programInput('p1', 'Pameran', { strategyId: 's1' }) });
    const before = planRows(env.services);
    const after = await invoke(env.services, 'plan.strategies.delete', { id: 's1' });
    expect(after.programs[0]!.strategyId).toBeNull();
    expect(after.programs).toHaveLength(1);
    const step = await undoRedoExactly(before);
    expect(step.changed.plan_programs).toEqual(['p1']);
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'plan.get', { clusterId })).programs[0]!.strategyId).toBe('s1');
  });
});

describe('the plan: 1-year programs', () => {
  it('saves a whole program and reads it back as given', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const before = planRows(env.services);
    const input = fullProgram('p1', 'Pelatihan manajemen pabrik (5S)');
    const view = await invoke(env.services, 'plan.programs.save', { clusterId, program: input });
    const { links, participants, ...rest } = input;
    expect(view.programs[0]).toMatchObject({ ...rest, links });
    expect(view.programs[0]!.lead).toEqual({ actorId: null, name: 'Dinas Perindustrian Kebumen', deleted: false });
    expect(view.programs[0]!.participants).toEqual(participants.map((p) => ({ ...p, deleted: false })));
    const step = await undoRedoExactly(before);
    expect(step.label).toEqual({ key: 'plan.history.createProgram', params: { name: 'Pelatihan manajemen pabrik (5S)' } });
  });

  it('never merges typing into the step that made a program or a strategy: undo takes the typing back, not the record', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const input = fullProgram('p1', 'Pelatihan 5S');
    await invoke(env.services, 'plan.programs.save', { clusterId, program: input });
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Pasar baru') });
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Pasar baru di Bali') });
    const renamed = { ...input, name: 'Pelatihan 5S dan K3' };
    await invoke(env.services, 'plan.programs.save', { clusterId, program: renamed });
    await invoke(env.services, 'workspace.undo', {});
    await invoke(env.services, 'workspace.undo', {});
    const view = await invoke(env.services, 'plan.get', { clusterId });
    expect(view.programs.map((p) => p.name)).toEqual(['Pelatihan 5S']);
    expect(view.strategies.map((s) => s.text)).toEqual(['Pasar baru']);
  });

  it('changes one budget line as a step holding that line only (with the program and plan stamps), and merges typing per program', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const input = fullProgram('p1', 'Pelatihan 5S');
    await invoke(env.services, 'plan.programs.save', { clusterId, program: input });
    await invoke(env.services, 'plan.programs.save', { clusterId, program: fullProgram('p2', 'Pameran') });
    const before = planRows(env.services);
    for (const amount of [8_000_000, 8_500_000, 9_000_000]) {
      const budget = input.budget.map((b) => (b.id === 'p1-b1' ? { ...b, amount } : b));
      await invoke(env.services, 'plan.programs.save', { clusterId, program: { ...input, budget } });
    }
    const view = await invoke(env.services, 'plan.get', { clusterId });
    expect(view.programs[0]!.budget.reduce((s, b) => s + b.amount, 0)).toBe(14_000_000);
    const step = await undoRedoExactly(before);
    expect(step.changed).toEqual({ plan_budget_lines: ['p1-b1'], plan_programs: ['p1'], plans: [clusterId] });
    expect(step.label).toEqual({ key: 'plan.history.updateProgram', params: { name: 'Pelatihan 5S' } });
  });

  it('syncs child rows by id: a removed activity and line go, a new one comes, and the same program again writes nothing', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const input = fullProgram('p1', 'Pelatihan 5S');
    await invoke(env.services, 'plan.programs.save', { clusterId, program: input });
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Pisahkan langkah') });
    const changed = {
      ...input,
      activities: [input.activities[1]!, { id: 'p1-a3', name: 'Studi banding', start: '2027-07', end: '2027-08', output: '' }],
      budget: [{ ...input.budget[2]!, activityId: 'p1-a3' }],
    };
    const before = planRows(env.services);
    const view = await invoke(env.services, 'plan.programs.save', { clusterId, program: changed });
    expect(view.programs[0]!.activities.map((a) => a.id)).toEqual(['p1-a2', 'p1-a3']);
    expect(view.programs[0]!.budget).toEqual(changed.budget);
    await undoRedoExactly(before);

    const same = planRows(env.services);
    await invoke(env.services, 'plan.programs.save', { clusterId, program: changed });
    expect(planRows(env.services)).toEqual(same);
  });

  it('moves and deletes programs, renumbering, each one undoable step', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    for (const [id, name] of [
      ['p1', 'Pelatihan'],
      ['p2', 'Pameran'],
      ['p3', 'Studi banding'],
    ]) {
      await invoke(env.services, 'plan.programs.save', { clusterId, program: fullProgram(id!, name!) });
    }
    let before = planRows(env.services);
    const moved = await invoke(env.services, 'plan.programs.move', { id: 'p3', position: 0 });
    expect(programOrder(moved)).toEqual(['0 Studi banding', '1 Pelatihan', '2 Pameran']);
    expect((await undoRedoExactly(before)).label).toEqual({ key: 'plan.history.moveProgram', params: { name: 'Studi banding' } });

    before = planRows(env.services);
    const deleted = await invoke(env.services, 'plan.programs.delete', { id: 'p1' });
    expect(programOrder(deleted)).toEqual(['0 Studi banding', '1 Pameran']);
    expect(planRows(env.services).plan_budget_lines).toHaveLength(6);
    const step = await undoRedoExactly(before);
    expect(step.label.key).toBe('plan.history.deleteProgram');
    expect(step.changed.plan_activities!.sort()).toEqual(['p1-a1', 'p1-a2']);
  });
});
