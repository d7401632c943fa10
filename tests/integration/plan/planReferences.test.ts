import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { useTempServices } from '../helpers';
import { actorFields } from '../stakeholders/mapFixtures';
import { itemFields } from '../swot/swotFixtures';
import { linkedPlan, planRows, strategyInput } from './planFixtures';

const env = useTempServices();

describe('the plan cites the map and the SWOT board', () => {
  it('resolves names and codes, and lists what can be cited with tie counts', async () => {
    const { view, dinas, koperasi, ikm, merek, tows } = await linkedPlan(env.services, env.root);
    expect(view.programs[0]!.lead).toEqual({ actorId: dinas, name: 'Dinas Perindustrian Kebumen', deleted: false });
    expect(view.programs[0]!.leadName).toBe('Dinas Perindustrian Kebumen');
    expect(view.programs[0]!.participants).toEqual([
      { id: 'p1-p1', actorId: koperasi, name: 'Koperasi Genteng Sokka', deleted: false },
      { id: 'p1-p2', actorId: null, name: 'Bank BPD Jateng', deleted: false },
    ]);
    expect(view.programs[0]!.links).toEqual([
      { kind: 'swotItem', targetId: merek, code: 'S2', text: 'Merek Sokka dikenal', deleted: false },
      { kind: 'towsStrategy', targetId: tows, code: 'WO1', text: 'Tungku hemat energi', deleted: false },
    ]);
    expect(view.strategies[0]!.tows).toEqual({ kind: 'towsStrategy', targetId: tows, code: 'WO1', text: 'Tungku hemat energi', deleted: false });
    expect(view.context.actors.map((a) => [a.name, a.kind, a.ties])).toEqual([
      ['Dinas Perindustrian Kebumen', 'agency', 1],
      ['IKM Genteng Mulya', 'sme', 1],
      ['Koperasi Genteng Sokka', 'cooperative', 2],
    ]);
    expect(view.context.actors.map((a) => a.id)).toEqual([dinas, ikm, koperasi]);
    expect(view.context.swotItems.map((i) => `${i.code} ${i.text}`)).toEqual(['S1 Tanah liat bermutu', 'S2 Merek Sokka dikenal', 'W1 Tungku boros kayu']);
    expect(view.context.towsStrategies).toEqual([{ id: tows, code: 'WO1', kind: 'WO', text: 'Tungku hemat energi' }]);
  });

  it('follows renames, new texts and moves on the map and the board', async () => {
    const { clusterId, dinas, merek, tanah } = await linkedPlan(env.services, env.root);
    await invoke(env.services, 'stakeholders.actors.update', { id: dinas, fields: actorFields('Disperindag Kebumen', { kind: 'agency' }) });
    await invoke(env.services, 'swot.items.update', { id: merek, fields: itemFields('strength', 'Merek Sokka dikenal luas') });
    await invoke(env.services, 'swot.items.move', { id: tanah, quadrant: 'strength', position: 1 });
    const view = await invoke(env.services, 'plan.get', { clusterId });
    expect(view.programs[0]!.lead!.name).toBe('Disperindag Kebumen');
    expect(view.programs[0]!.links[0]).toMatchObject({ code: 'S1', text: 'Merek Sokka dikenal luas', deleted: false });
  });

  it('keeps the plan whole when the actors, the SWOT item and the TOWS strategy are deleted, showing the names last seen', async () => {
    const { clusterId, dinas, koperasi, merek, tows, program } = await linkedPlan(env.services, env.root);
    const rows = planRows(env.services);
    await invoke(env.services, 'stakeholders.selection.delete', { clusterId, actorIds: [dinas, koperasi], tieIds: [] });
    await invoke(env.services, 'swot.items.delete', { id: merek });
    await invoke(env.services, 'swot.strategies.delete', { id: tows });
    // Not one plan row was touched: the plan holds its references without foreign keys.
    expect(planRows(env.services)).toEqual(rows);

    const view = await invoke(env.services, 'plan.get', { clusterId });
    expect(view.programs[0]!.lead).toEqual({ actorId: dinas, name: 'Dinas Perindustrian Kebumen', deleted: true });
    expect(view.programs[0]!.participants[0]).toEqual({ id: 'p1-p1', actorId: koperasi, name: 'Koperasi Genteng Sokka', deleted: true });
    expect(view.programs[0]!.links).toEqual([
      { kind: 'swotItem', targetId: merek, code: 'S2', text: 'Merek Sokka dikenal', deleted: true },
      { kind: 'towsStrategy', targetId: tows, code: 'WO1', text: 'Tungku hemat energi', deleted: true },
    ]);
    expect(view.strategies[0]!.tows).toMatchObject({ code: 'WO1', deleted: true });

    // Saving the program and the strategy again, as the editor would, keeps the deleted references.
    const again = await invoke(env.services, 'plan.programs.save', { clusterId, program: { ...program, name: 'Pelatihan tungku hemat energi' } });
    expect(again.programs[0]!.lead).toEqual({ actorId: dinas, name: 'Dinas Perindustrian Kebumen', deleted: true });
    expect(again.programs[0]!.links.map((l) => l.deleted)).toEqual([true, true]);
    const strategy = await invoke(env.services, 'plan.strategies.save', {
      clusterId,
      strategy: strategyInput('s1', 'Perbaiki mutu genteng', { towsStrategyId: tows }),
    });
    expect(strategy.strategies[0]!.tows).toMatchObject({ code: 'WO1', text: 'Tungku hemat energi', deleted: true });

    // Undoing the deletions brings the live records back, and the plan reads them again.
    for (let i = 0; i < 5; i++) await invoke(env.services, 'workspace.undo', {});
    const restored = await invoke(env.services, 'plan.get', { clusterId });
    expect(restored.programs[0]!.lead!.deleted).toBe(false);
    expect(restored.programs[0]!.links.map((l) => l.deleted)).toEqual([false, false]);
  });

  it('deletes the cluster with its plan in one step, and undo brings both back', async () => {
    const { clusterId } = await linkedPlan(env.services, env.root);
    const rows = planRows(env.services);
    await invoke(env.services, 'clusters.delete', { id: clusterId });
    expect(planRows(env.services).plan_programs).toEqual([]);
    await invoke(env.services, 'workspace.undo', {});
    expect(planRows(env.services)).toEqual(rows);
  });
});
