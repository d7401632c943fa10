import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { DEFAULT_DOTS } from '../../../shared/domain/swot/codes';
import { useTempServices } from '../helpers';
import { addItems, itemFields, itemId, layout, tableCounts, workspaceWithCluster } from './swotFixtures';

const env = useTempServices();

describe('the SWOT board: items', () => {
  it('reads an empty board with the default dots without writing anything', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const board = await invoke(env.services, 'swot.board.get', { clusterId });
    expect(board).toEqual({ clusterId, dotsPerVoter: DEFAULT_DOTS, items: [], voters: [], strategies: [] });
    expect(tableCounts(env.services).swot_boards).toBe(0);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel?.key).toBe('history.createCluster');
  });

  it('appends items at the end of their quadrant, in quadrant order, each one undoable step', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const board = await addItems(env.services, clusterId, [
      ['threat', 'Genteng pabrikan'],
      ['strength', 'Tanah liat melimpah'],
      ['strength', 'Pengrajin berpengalaman'],
      ['opportunity', 'Pembangunan perumahan'],
    ]);
    expect(layout(board)).toEqual([
      'strength 0 Tanah liat melimpah',
      'strength 1 Pengrajin berpengalaman',
      'opportunity 0 Pembangunan perumahan',
      'threat 0 Genteng pabrikan',
    ]);
    expect(board.items[0]).toMatchObject({ clusterId, determinant: null, evidence: '', dots: 0, votes: [] });
    const history = await invoke(env.services, 'workspace.history', {});
    expect(history.undoLabel).toEqual({ key: 'swot.history.createItem', params: { text: 'Pembangunan perumahan' } });
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'swot.board.get', { clusterId })).items).toHaveLength(3);
  });

  it('merges typing into one step per item and keeps the quadrant numbering when the quadrant changes', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const board = await addItems(env.services, clusterId, [
      ['strength', 'A'],
      ['strength', 'B'],
      ['weakness', 'C'],
    ]);
    const a = itemId(board, 'A');
    for (const text of ['Ta', 'Tan', 'Tanah liat']) {
      await invoke(env.services, 'swot.items.update', { id: a, fields: itemFields('strength', text, { determinant: 'factor', evidence: 'JICA 2004' }) });
    }
    const typed = await invoke(env.services, 'swot.board.get', { clusterId });
    expect(typed.items[0]).toMatchObject({ text: 'Tanah liat', determinant: 'factor', evidence: 'JICA 2004' });
    await invoke(env.services, 'workspace.undo', {});
    expect(layout(await invoke(env.services, 'swot.board.get', { clusterId }))[0]).toBe('strength 0 A');
    await invoke(env.services, 'workspace.redo', {});

    const moved = await invoke(env.services, 'swot.items.update', { id: a, fields: itemFields('weakness', 'Tanah liat') });
    expect(layout(moved)).toEqual(['strength 0 B', 'weakness 0 C', 'weakness 1 Tanah liat']);
  });

  it('moves items within and between quadrants, renumbering both, one step each', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const board = await addItems(env.services, clusterId, [
      ['strength', 'S1'],
      ['strength', 'S2'],
      ['strength', 'S3'],
      ['weakness', 'W1'],
    ]);
    let moved = await invoke(env.services, 'swot.items.move', { id: itemId(board, 'S3'), quadrant: 'strength', position: 0 });
    expect(layout(moved)).toEqual(['strength 0 S3', 'strength 1 S1', 'strength 2 S2', 'weakness 0 W1']);
    moved = await invoke(env.services, 'swot.items.move', { id: itemId(board, 'S1'), quadrant: 'weakness', position: 0 });
    expect(layout(moved)).toEqual(['strength 0 S3', 'strength 1 S2', 'weakness 0 S1', 'weakness 1 W1']);
    moved = await invoke(env.services, 'swot.items.move', { id: itemId(board, 'S2'), quadrant: 'threat', position: 99 });
    expect(layout(moved)).toEqual(['strength 0 S3', 'weakness 0 S1', 'weakness 1 W1', 'threat 0 S2']);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'swot.history.moveItem', params: { text: 'S2' } });
    await invoke(env.services, 'workspace.undo', {});
    await invoke(env.services, 'workspace.undo', {});
    expect(layout(await invoke(env.services, 'swot.board.get', { clusterId }))).toEqual(['strength 0 S3', 'strength 1 S1', 'strength 2 S2', 'weakness 0 W1']);
  });

  it('deletes an item with its dots and its links, keeping the strategies, in one step', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    let board = await addItems(env.services, clusterId, [
      ['strength', 'S1'],
      ['strength', 'S2'],
      ['opportunity', 'O1'],
    ]);
    board = await invoke(env.services, 'swot.voters.add', { clusterId, fields: { name: 'Pak Slamet', actorId: null } });
    const voterId = board.voters[0]!.id;
    await invoke(env.services, 'swot.votes.set', { itemId: itemId(board, 'S1'), voterId, dots: 2 });
    board = await invoke(env.services, 'swot.strategies.create', {
      clusterId,
      fields: { kind: 'SO', text: 'Pakai tanah liat untuk pasar perumahan', itemIds: [itemId(board, 'S1'), itemId(board, 'O1'), itemId(board, 'S2')] },
    });
    const before = tableCounts(env.services);
    board = await invoke(env.services, 'swot.items.delete', { id: itemId(board, 'S1') });
    expect(layout(board)).toEqual(['strength 0 S2', 'opportunity 0 O1']);
    expect(board.strategies).toHaveLength(1);
    expect(board.strategies[0]!.itemIds).toEqual([itemId(board, 'O1'), itemId(board, 'S2')]);
    const links = env.services.registry.current('local').reader.all<{ position: number }>('SELECT position FROM tows_links ORDER BY position');
    expect(links.map((l) => l.position)).toEqual([0, 1]);
    expect(tableCounts(env.services)).toMatchObject({ swot_votes: 0, tows_links: 2, swot_items: 2 });
    await invoke(env.services, 'workspace.undo', {});
    expect(tableCounts(env.services)).toEqual(before);
    const restored = await invoke(env.services, 'swot.board.get', { clusterId });
    expect(restored.items[0]).toMatchObject({ text: 'S1', dots: 2, votes: [{ voterId, dots: 2 }] });
    expect(restored.strategies[0]!.itemIds).toHaveLength(3);
  });
});

describe('the SWOT board: saving what is already there', () => {
  it('records no step for an item or a strategy saved unchanged', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const board = await addItems(env.services, clusterId, [
      ['strength', 'S1'],
      ['opportunity', 'O1'],
    ]);
    const fields = { kind: 'SO' as const, text: 'Strategi', itemIds: [itemId(board, 'S1'), itemId(board, 'O1')] };
    const { strategies } = await invoke(env.services, 'swot.strategies.create', { clusterId, fields });
    const before = await invoke(env.services, 'workspace.history', {});
    await invoke(env.services, 'swot.items.update', { id: itemId(board, 'S1'), fields: itemFields('strength', 'S1') });
    await invoke(env.services, 'swot.strategies.update', { id: strategies[0]!.id, fields });
    expect(await invoke(env.services, 'workspace.history', {})).toEqual(before);
  });
});
