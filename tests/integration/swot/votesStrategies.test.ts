import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { errorCode, useTempServices } from '../helpers';
import { actorFields } from '../stakeholders/mapFixtures';
import { addItems, itemId, strategyFields, tableCounts, workspaceWithCluster } from './swotFixtures';

const env = useTempServices();

describe('the SWOT board: dot voting', () => {
  it('adds participants (actors or typed names), counts their dots and keeps each within the budget', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const actor = await invoke(env.services, 'stakeholders.actors.create', { clusterId, fields: actorFields('Koperasi Genteng'), x: 0, y: 0 });
    let board = await addItems(env.services, clusterId, [
      ['strength', 'S1'],
      ['weakness', 'W1'],
    ]);
    board = await invoke(env.services, 'swot.voters.add', { clusterId, fields: { name: 'Koperasi Genteng', actorId: actor.id } });
    board = await invoke(env.services, 'swot.voters.add', { clusterId, fields: { name: 'Bu Siti', actorId: null } });
    expect(board.voters.map((v) => [v.name, v.actorId, v.position])).toEqual([
      ['Koperasi Genteng', actor.id, 0],
      ['Bu Siti', null, 1],
    ]);
    const [kop, siti] = board.voters.map((v) => v.id) as [string, string];
    const s1 = itemId(board, 'S1');
    const w1 = itemId(board, 'W1');
    await invoke(env.services, 'swot.votes.set', { itemId: s1, voterId: siti, dots: 1 });
    await invoke(env.services, 'swot.votes.set', { itemId: s1, voterId: kop, dots: 2 });
    board = await invoke(env.services, 'swot.votes.set', { itemId: w1, voterId: kop, dots: 1 });
    expect(board.items.map((i) => [i.text, i.dots, i.votes])).toEqual([
      [
        'S1',
        3,
        [
          { voterId: kop, dots: 2 },
          { voterId: siti, dots: 1 },
        ],
      ],
      ['W1', 1, [{ voterId: kop, dots: 1 }]],
    ]);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({
      key: 'swot.history.setVotes',
      params: { name: 'Koperasi Genteng', count: '1' },
    });

    const counts = tableCounts(env.services);
    expect(await errorCode(() => invoke(env.services, 'swot.votes.set', { itemId: w1, voterId: kop, dots: 2 }))).toEqual({
      code: 'tooManyDots',
      params: { voter: 'Koperasi Genteng', limit: 3, used: 3 },
    });
    // Re-giving the same item counts its own dots once: 2 on S1 may become 3 only when nothing else is given.
    await invoke(env.services, 'swot.votes.set', { itemId: w1, voterId: kop, dots: 0 });
    board = await invoke(env.services, 'swot.votes.set', { itemId: s1, voterId: kop, dots: 3 });
    expect(board.items[0]!.dots).toBe(4);
    expect(await errorCode(() => invoke(env.services, 'swot.board.settings', { clusterId, dotsPerVoter: 2 }))).toMatchObject({
      code: 'tooManyDots',
      params: { voter: 'Koperasi Genteng', limit: 2, used: 3 },
    });
    expect(tableCounts(env.services)).toEqual({ ...counts, swot_votes: 2 });

    board = await invoke(env.services, 'swot.board.settings', { clusterId, dotsPerVoter: 5 });
    expect(board.dotsPerVoter).toBe(5);
    board = await invoke(env.services, 'swot.votes.clear', { clusterId });
    expect(board.items.every((i) => i.dots === 0)).toBe(true);
    await invoke(env.services, 'workspace.undo', {});
    board = await invoke(env.services, 'swot.voters.remove', { id: kop });
    expect(board.voters.map((v) => [v.name, v.position])).toEqual([['Bu Siti', 0]]);
    expect(board.items[0]!.votes).toEqual([{ voterId: siti, dots: 1 }]);
  });

  it('refuses unknown actors, items and voters of another cluster, writing nothing', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const other = (await invoke(env.services, 'clusters.create', { ...(await invoke(env.services, 'clusters.get', { id: clusterId })), name: 'Lain' })).id;
    const board = await addItems(env.services, clusterId, [['strength', 'S1']]);
    const elsewhere = await invoke(env.services, 'swot.voters.add', { clusterId: other, fields: { name: 'Tamu', actorId: null } });
    const counts = tableCounts(env.services);
    expect((await errorCode(() => invoke(env.services, 'swot.voters.add', { clusterId, fields: { name: 'X', actorId: 'nobody' } }))).code).toBe('notFound');
    expect(
      (await errorCode(() => invoke(env.services, 'swot.votes.set', { itemId: itemId(board, 'S1'), voterId: elsewhere.voters[0]!.id, dots: 1 }))).code,
    ).toBe('notFound');
    expect(
      (
        await errorCode(() =>
          invoke(env.services, 'swot.items.create', { clusterId: 'gone', fields: { quadrant: 'threat', text: 'x', determinant: null, evidence: '' } }),
        )
      ).code,
    ).toBe('clusterMissing');
    expect((await errorCode(() => invoke(env.services, 'swot.board.get', { clusterId: 'gone' }))).code).toBe('clusterMissing');
    expect(tableCounts(env.services)).toEqual(counts);
  });
});

describe('TOWS strategies', () => {
  it('links items of the two quadrants its kind pairs, in order, and refuses others', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    let board = await addItems(env.services, clusterId, [
      ['strength', 'S1'],
      ['weakness', 'W1'],
      ['opportunity', 'O1'],
      ['threat', 'T1'],
    ]);
    const [s1, w1, o1, t1] = ['S1', 'W1', 'O1', 'T1'].map((t) => itemId(board, t)) as [string, string, string, string];
    board = await invoke(env.services, 'swot.strategies.create', { clusterId, fields: strategyFields('SO', 'Perluas pasar', [o1, s1, o1]) });
    expect(board.strategies[0]).toMatchObject({ kind: 'SO', text: 'Perluas pasar', itemIds: [o1, s1], position: 0 });
    board = await invoke(env.services, 'swot.strategies.create', { clusterId, fields: strategyFields('WT', 'Kurangi risiko', [w1, t1]) });

    const counts = tableCounts(env.services);
    expect(await errorCode(() => invoke(env.services, 'swot.strategies.create', { clusterId, fields: strategyFields('ST', 'x', [s1, o1]) }))).toEqual({
      code: 'linkQuadrant',
      params: { kind: 'swot.codes.strategyKinds.ST', quadrants: 'swot.codes.strategyQuadrants.ST' },
    });
    expect((await errorCode(() => invoke(env.services, 'swot.strategies.create', { clusterId, fields: strategyFields('ST', 'x', ['nothing']) }))).code).toBe(
      'notFound',
    );
    const wt = board.strategies[1]!.id;
    expect((await errorCode(() => invoke(env.services, 'swot.strategies.update', { id: wt, fields: strategyFields('WO', 'x', [w1, t1]) }))).code).toBe(
      'linkQuadrant',
    );
    // Moving an item out of the quadrants its strategies draw on is refused; within them it is fine.
    expect(await errorCode(() => invoke(env.services, 'swot.items.move', { id: t1, quadrant: 'strength', position: 0 }))).toEqual({
      code: 'linkQuadrant',
      params: { kind: 'swot.codes.strategyKinds.WT', quadrants: 'swot.codes.strategyQuadrants.WT' },
    });
    expect(tableCounts(env.services)).toEqual(counts);

    board = await invoke(env.services, 'swot.strategies.update', { id: wt, fields: strategyFields('WO', 'Cari pembeli baru', [o1, w1]) });
    expect(board.strategies[1]).toMatchObject({ kind: 'WO', text: 'Cari pembeli baru', itemIds: [o1, w1] });
    board = await invoke(env.services, 'swot.strategies.move', { id: wt, position: 0 });
    expect(board.strategies.map((s) => [s.kind, s.position])).toEqual([
      ['WO', 0],
      ['SO', 1],
    ]);
    board = await invoke(env.services, 'swot.strategies.delete', { id: wt });
    expect(board.strategies.map((s) => [s.kind, s.position])).toEqual([['SO', 0]]);
    expect(tableCounts(env.services).tows_links).toBe(2);
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'swot.board.get', { clusterId })).strategies[0]!.itemIds).toEqual([o1, w1]);
  });
});
