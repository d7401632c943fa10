import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { defaultMapSettings } from '../../../shared/domain/stakeholders/schemas';
import { sampleCluster, useTempServices } from '../helpers';
import { actorFields, addActors, tableCounts, tieFields, workspaceWithCluster } from './mapFixtures';

const env = useTempServices();

describe('the stakeholder map: actors, ties, settings', () => {
  it('creates, reads and updates actors and ties, each an undoable step', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const empty = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(empty).toEqual({ clusterId, settings: defaultMapSettings, actors: [], ties: [] });

    const bank = await invoke(env.services, 'stakeholders.actors.create', {
      clusterId,
      fields: actorFields('BRI Klaten', { kind: 'bank', insideCluster: false, level: 'regency', influence: 4 }),
      x: 100,
      y: -50,
    });
    expect(bank).toMatchObject({ name: 'BRI Klaten', kind: 'bank', insideCluster: false, influence: 4, x: 100, y: -50 });
    const [sme] = await addActors(env.services, clusterId, 1);
    const tie = await invoke(env.services, 'stakeholders.ties.create', {
      clusterId,
      fields: tieFields(sme!, bank.id, { type: 'finance', directed: true, trust: 4, since: '2019-03-01' }),
    });
    expect(tie).toMatchObject({ clusterId, from: sme, to: bank.id, type: 'finance', directed: true, trust: 4, since: '2019-03-01' });

    const map = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(map.actors.map((a) => a.name)).toEqual(['BRI Klaten', 'IKM 1']);
    expect(map.ties).toEqual([tie]);

    await new Promise((r) => setTimeout(r, 5));
    const updated = await invoke(env.services, 'stakeholders.actors.update', { id: bank.id, fields: actorFields('BRI Cabang Klaten', { kind: 'bank' }) });
    expect(updated.name).toBe('BRI Cabang Klaten');
    expect(updated.updatedAt > bank.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(bank.createdAt);
    const tie2 = await invoke(env.services, 'stakeholders.ties.update', { id: tie.id, fields: tieFields(sme!, bank.id, { type: 'finance', strength: 5 }) });
    expect(tie2).toMatchObject({ strength: 5, directed: false });
    expect(tie2.updatedAt >= tie.updatedAt).toBe(true);

    const history = await invoke(env.services, 'workspace.history', {});
    expect(history.undoLabel).toEqual({ key: 'stakeholders.history.updateTie', params: { from: 'IKM 1', to: 'BRI Cabang Klaten' } });
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).ties[0]!.strength).toBe(3);

    const list = await invoke(env.services, 'stakeholders.actors.list', {});
    expect(list.map((a) => [a.name, a.mapCount])).toEqual([
      ['BRI Cabang Klaten', 1],
      ['IKM 1', 1],
    ]);
  });

  it('merges typing into one actor but never two moves', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const [id] = await addActors(env.services, clusterId, 1);
    for (const name of ['K', 'Ko', 'Kop']) await invoke(env.services, 'stakeholders.actors.update', { id: id!, fields: actorFields(name) });
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).actors[0]!.name).toBe('IKM 1');
    await invoke(env.services, 'workspace.redo', {});

    await invoke(env.services, 'stakeholders.positions.set', { clusterId, positions: [{ actorId: id!, x: 1, y: 1 }] });
    await invoke(env.services, 'stakeholders.positions.set', { clusterId, positions: [{ actorId: id!, x: 2, y: 2 }] });
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).actors[0]).toMatchObject({ name: 'Kop', x: 1, y: 1 });
  });

  it('moves 50 actors in one step, undone and redone in one step', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const ids = await addActors(env.services, clusterId, 50);
    const before = (await invoke(env.services, 'stakeholders.map', { clusterId })).actors;
    await invoke(env.services, 'stakeholders.positions.set', { clusterId, positions: ids.map((actorId, i) => ({ actorId, x: 500 + i, y: 300 - i })) });
    const moved = (await invoke(env.services, 'stakeholders.map', { clusterId })).actors;
    expect(moved.every((a) => a.x >= 500)).toBe(true);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'stakeholders.history.moveActors', params: { count: '50' } });

    const undone = await invoke(env.services, 'workspace.undo', {});
    expect(undone.changed.map_placements).toHaveLength(50);
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).actors).toEqual(before);
    await invoke(env.services, 'workspace.redo', {});
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).actors).toEqual(moved);
  });

  it('takes a layout back in one undo: its positions and the map remembering it', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const ids = await addActors(env.services, clusterId, 3);
    const before = (await invoke(env.services, 'stakeholders.map', { clusterId })).actors;
    const positions = ids.map((actorId, i) => ({ actorId, x: 10 + 40 * i, y: 20 - 40 * i }));
    // A map without a settings row yet: the layout makes it, and undo takes it away again.
    await invoke(env.services, 'stakeholders.positions.set', { clusterId, positions, layout: 'force' });
    const laid = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(laid.settings).toEqual({ ...defaultMapSettings, layout: 'force' });
    expect(laid.actors.map((a) => [a.x, a.y])).toEqual(positions.map((p) => [p.x, p.y]));
    await invoke(env.services, 'workspace.undo', {});
    const undone = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(undone.settings).toEqual(defaultMapSettings);
    expect(undone.actors).toEqual(before);

    // A map with settings: only the layout changes, and one undo restores both.
    await invoke(env.services, 'stakeholders.settings.update', { clusterId, settings: { directed: true, layout: 'free' } });
    await invoke(env.services, 'stakeholders.positions.set', { clusterId, positions, layout: 'powerInterest' });
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).settings).toEqual({ directed: true, layout: 'powerInterest' });
    await invoke(env.services, 'workspace.undo', {});
    const back = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(back.settings).toEqual({ directed: true, layout: 'free' });
    expect(back.actors).toEqual(before);
    await invoke(env.services, 'workspace.redo', {});
    const redone = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(redone.settings.layout).toBe('powerInterest');
    expect(redone.actors.map((a) => [a.x, a.y])).toEqual(positions.map((p) => [p.x, p.y]));
  });

  it('deletes an actor with its ties and matrix cells in one step, and undo brings them all back', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const [a, b, c] = await addActors(env.services, clusterId, 3);
    await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(a!, b!) });
    await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(c!, a!, { type: 'supply', directed: true }) });
    const keep = await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(b!, c!) });
    const matrix = await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId, label: 'Pelatihan K3' });
    await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: matrix.rows[0]!.id, actorId: a!, value: 'lead' });
    const before = await invoke(env.services, 'stakeholders.map', { clusterId });
    const counts = tableCounts(env.services);

    await invoke(env.services, 'stakeholders.selection.delete', { clusterId, actorIds: [a!], tieIds: [] });
    const after = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(after.actors.map((x) => x.id)).toEqual([b, c]);
    expect(after.ties.map((t) => t.id)).toEqual([keep.id]);
    expect((await invoke(env.services, 'stakeholders.matrix.get', { clusterId })).cells).toEqual([]);
    expect(tableCounts(env.services)).toMatchObject({ actors: 2, ties: 1, matrix_cells: 0 });

    await invoke(env.services, 'workspace.undo', {});
    expect(await invoke(env.services, 'stakeholders.map', { clusterId })).toEqual(before);
    expect(tableCounts(env.services)).toEqual(counts);
    await invoke(env.services, 'workspace.redo', {});
    expect(await invoke(env.services, 'stakeholders.map', { clusterId })).toEqual(after);
  });

  it('deletes a selection from one map; an actor still on another map stays there with its ties', async () => {
    const ceper = await workspaceWithCluster(env.services, env.root);
    const tumang = (await invoke(env.services, 'clusters.create', sampleCluster('Tumang'))).id;
    const [shared, local] = await addActors(env.services, ceper, 2);
    const [other] = await addActors(env.services, tumang, 1, 'Tumang');
    await invoke(env.services, 'stakeholders.actors.place', { clusterId: tumang, positions: [{ actorId: shared!, x: 5, y: 5 }] });
    const here = await invoke(env.services, 'stakeholders.ties.create', { clusterId: ceper, fields: tieFields(shared!, local!) });
    const there = await invoke(env.services, 'stakeholders.ties.create', { clusterId: tumang, fields: tieFields(shared!, other!) });
    const before = { ceper: await invoke(env.services, 'stakeholders.map', { clusterId: ceper }), counts: tableCounts(env.services) };

    await invoke(env.services, 'stakeholders.selection.delete', { clusterId: ceper, actorIds: [shared!, local!], tieIds: [here.id] });
    expect(await invoke(env.services, 'stakeholders.map', { clusterId: ceper })).toMatchObject({ actors: [], ties: [] });
    const tumangMap = await invoke(env.services, 'stakeholders.map', { clusterId: tumang });
    expect(tumangMap.actors.map((a) => a.id).sort()).toEqual([shared, other].sort());
    expect(tumangMap.ties.map((t) => t.id)).toEqual([there.id]);
    // The local actor was on no other map: it left the workspace.
    expect((await invoke(env.services, 'stakeholders.actors.list', {})).map((a) => a.id).sort()).toEqual([shared, other].sort());
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({
      key: 'stakeholders.history.deleteSelection',
      params: { actors: '2', ties: '1' },
    });

    await invoke(env.services, 'workspace.undo', {});
    expect(await invoke(env.services, 'stakeholders.map', { clusterId: ceper })).toEqual(before.ceper);
    expect(tableCounts(env.services)).toEqual(before.counts);
  });

  it('places an existing actor on a second map and counts its maps', async () => {
    const ceper = await workspaceWithCluster(env.services, env.root);
    const tumang = (await invoke(env.services, 'clusters.create', sampleCluster('Tumang'))).id;
    const [id] = await addActors(env.services, ceper, 1, 'Disperindag Jateng');
    await invoke(env.services, 'stakeholders.actors.place', { clusterId: tumang, positions: [{ actorId: id!, x: 7, y: 8 }] });
    expect((await invoke(env.services, 'stakeholders.map', { clusterId: tumang })).actors).toMatchObject([{ id, x: 7, y: 8 }]);
    expect((await invoke(env.services, 'stakeholders.actors.list', {}))[0]!.mapCount).toBe(2);
  });

  it('keeps map settings, with defaults until first set', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    expect(await invoke(env.services, 'stakeholders.settings.update', { clusterId, settings: { directed: true, layout: 'sectorRings' } })).toEqual({
      directed: true,
      layout: 'sectorRings',
    });
    await invoke(env.services, 'stakeholders.settings.update', { clusterId, settings: { directed: true, layout: 'powerInterest' } });
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).settings).toEqual({ directed: true, layout: 'powerInterest' });
    await invoke(env.services, 'workspace.undo', {});
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).settings).toEqual(defaultMapSettings);
  });

  it('lets two directed ties of one type go both ways', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const [a, b] = await addActors(env.services, clusterId, 2);
    await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(a!, b!, { type: 'sales', directed: true }) });
    await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(b!, a!, { type: 'sales', directed: true }) });
    await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(b!, a!, { type: 'information' }) });
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).ties).toHaveLength(3);
  });
});
