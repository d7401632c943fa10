import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { errorCode, useTempServices } from '../helpers';
import { actorFields, addActors, tieFields, workspaceWithCluster } from './mapFixtures';

const env = useTempServices();

describe('snapshots', () => {
  it('freezes the map; listing, renaming and deleting never touch the frozen copy', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const [a, b, c] = await addActors(env.services, clusterId, 3);
    await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(a!, b!, { trust: 2 }) });
    await invoke(env.services, 'stakeholders.settings.update', { clusterId, settings: { directed: true, layout: 'force' } });
    const map = await invoke(env.services, 'stakeholders.map', { clusterId });

    const baseline = await invoke(env.services, 'stakeholders.snapshots.create', { clusterId, fields: { label: 'Baseline', takenOn: '2025-01-15' } });
    expect(baseline).toMatchObject({ clusterId, label: 'Baseline', takenOn: '2025-01-15', actorCount: 3, tieCount: 1 });

    // The map changes; the snapshot keeps its copy.
    await invoke(env.services, 'stakeholders.selection.delete', { clusterId, actorIds: [c!], tieIds: [] });
    await invoke(env.services, 'stakeholders.actors.update', { id: a!, fields: actorFields('Koperasi Baru', { kind: 'cooperative' }) });
    const later = await invoke(env.services, 'stakeholders.snapshots.create', { clusterId, fields: { label: '6 bulan', takenOn: '2025-07-15' } });
    expect(later).toMatchObject({ actorCount: 2, tieCount: 1 });

    const frozen = await invoke(env.services, 'stakeholders.snapshots.get', { id: baseline.id });
    expect(frozen).toEqual({ ...baseline, settings: map.settings, actors: map.actors, ties: map.ties });
    expect((await invoke(env.services, 'stakeholders.snapshots.list', { clusterId })).map((s) => s.label)).toEqual(['Baseline', '6 bulan']);

    const renamed = await invoke(env.services, 'stakeholders.snapshots.update', { id: baseline.id, fields: { label: 'Awal', takenOn: '2025-01-10' } });
    expect(renamed).toEqual({ ...baseline, label: 'Awal', takenOn: '2025-01-10' });
    expect((await invoke(env.services, 'stakeholders.snapshots.get', { id: baseline.id })).actors).toEqual(map.actors);

    await invoke(env.services, 'stakeholders.snapshots.delete', { id: later.id });
    expect((await invoke(env.services, 'stakeholders.snapshots.list', { clusterId })).map((s) => s.id)).toEqual([baseline.id]);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({
      key: 'stakeholders.history.deleteSnapshot',
      params: { label: '6 bulan' },
    });
    await invoke(env.services, 'workspace.undo', {});
    expect(await invoke(env.services, 'stakeholders.snapshots.list', { clusterId })).toHaveLength(2);
    expect((await errorCode(() => invoke(env.services, 'stakeholders.snapshots.get', { id: 'nope' }))).code).toBe('notFound');
  });
});

describe('the responsibility matrix', () => {
  it('adds, renames, moves and deletes rows; sets and clears cells', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const [a, b] = await addActors(env.services, clusterId, 2);
    let m = await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId, label: 'Pelatihan' });
    m = await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId, label: 'Pemasaran' });
    m = await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId, label: 'Bahan baku' });
    const [r1, r2, r3] = m.rows.map((r) => r.id);
    expect(m.rows.map((r) => [r.label, r.position])).toEqual([
      ['Pelatihan', 0],
      ['Pemasaran', 1],
      ['Bahan baku', 2],
    ]);

    for (const label of ['P', 'Pe', 'Pel']) m = await invoke(env.services, 'stakeholders.matrix.updateRow', { id: r1!, label });
    expect(m.rows[0]!.label).toBe('Pel');
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'stakeholders.matrix.get', { clusterId })).rows[0]!.label).toBe('Pelatihan');

    m = await invoke(env.services, 'stakeholders.matrix.moveRow', { id: r3!, position: 0 });
    expect(m.rows.map((r) => [r.id, r.position])).toEqual([
      [r3, 0],
      [r1, 1],
      [r2, 2],
    ]);
    m = await invoke(env.services, 'stakeholders.matrix.moveRow', { id: r3!, position: 99 });
    expect(m.rows.map((r) => r.id)).toEqual([r1, r2, r3]);
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'stakeholders.matrix.get', { clusterId })).rows.map((r) => r.id)).toEqual([r3, r1, r2]);

    await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: r1!, actorId: a!, value: 'lead' });
    await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: r1!, actorId: b!, value: 'part' });
    m = await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: r1!, actorId: a!, value: 'part' });
    // Cells of a row come by actor id, which is random here.
    expect(m.cells).toHaveLength(2);
    expect(m.cells).toEqual(
      expect.arrayContaining([
        { rowId: r1, actorId: a, value: 'part' },
        { rowId: r1, actorId: b, value: 'part' },
      ]),
    );
    m = await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: r1!, actorId: b!, value: null });
    expect(m.cells).toEqual([{ rowId: r1, actorId: a, value: 'part' }]);
    const cellRows = env.services.registry.current('local').reader.all('SELECT * FROM matrix_cells');
    expect(cellRows).toHaveLength(1);

    m = await invoke(env.services, 'stakeholders.matrix.deleteRow', { id: r3! });
    expect(m.rows.map((r) => [r.id, r.position])).toEqual([
      [r1, 0],
      [r2, 1],
    ]);
    m = await invoke(env.services, 'stakeholders.matrix.deleteRow', { id: r1! });
    expect(m).toEqual({ rows: [{ id: r2, clusterId, label: 'Pemasaran', position: 0 }], cells: [] });
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'stakeholders.matrix.get', { clusterId })).cells).toEqual([{ rowId: r1, actorId: a, value: 'part' }]);
  });

  it('drops the cells of an actor deleted from the map', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const [a, b] = await addActors(env.services, clusterId, 2);
    const { rows } = await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId, label: 'Pelatihan' });
    await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: rows[0]!.id, actorId: a!, value: 'lead' });
    await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: rows[0]!.id, actorId: b!, value: 'part' });
    await invoke(env.services, 'stakeholders.selection.delete', { clusterId, actorIds: [a!], tieIds: [] });
    expect((await invoke(env.services, 'stakeholders.matrix.get', { clusterId })).cells).toEqual([{ rowId: rows[0]!.id, actorId: b, value: 'part' }]);
  });
});
