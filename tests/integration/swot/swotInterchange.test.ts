import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { type SwotSection, emptySwotSection } from '../../../shared/domain/swot/interchange';
import { INTERCHANGE_VERSION } from '../../../shared/domain/workspace/interchange';
import { useTempServices } from '../helpers';
import { type InterchangeDoc, exportedDoc, importRefusal } from '../interchangeDocs';
import { actorFields } from '../stakeholders/mapFixtures';
import { addItems, itemId, strategyFields, workspaceWithCluster } from './swotFixtures';

const env = useTempServices();
const swotKeys = Object.keys(emptySwotSection()) as (keyof SwotSection)[];
type Doc = InterchangeDoc<SwotSection>;

/** A board with items in every quadrant, an actor and a typed participant, dots, and two strategies. */
async function buildBoard(): Promise<string> {
  const clusterId = await workspaceWithCluster(env.services, env.root);
  const actor = await invoke(env.services, 'stakeholders.actors.create', { clusterId, fields: actorFields('Koperasi Genteng'), x: 0, y: 0 });
  let board = await addItems(env.services, clusterId, [
    ['strength', 'Merek dikenal'],
    ['strength', 'Konsorsium'],
    ['weakness', 'Mutu belum baku'],
    ['opportunity', 'Pasar Bali'],
    ['threat', 'Pesaing Jatiwangi'],
  ]);
  await invoke(env.services, 'swot.items.update', {
    id: itemId(board, 'Merek dikenal'),
    fields: { quadrant: 'strength', text: 'Merek dikenal', determinant: 'demand', evidence: 'JICA 2004, 3.5(1)' },
  });
  await invoke(env.services, 'swot.board.settings', { clusterId, dotsPerVoter: 4 });
  await invoke(env.services, 'swot.voters.add', { clusterId, fields: { name: 'Koperasi Genteng', actorId: actor.id } });
  board = await invoke(env.services, 'swot.voters.add', { clusterId, fields: { name: 'Bu Siti', actorId: null } });
  const [kop, siti] = board.voters.map((v) => v.id) as [string, string];
  await invoke(env.services, 'swot.votes.set', { itemId: itemId(board, 'Pasar Bali'), voterId: kop, dots: 3 });
  await invoke(env.services, 'swot.votes.set', { itemId: itemId(board, 'Mutu belum baku'), voterId: siti, dots: 4 });
  const ids = (...texts: string[]) => texts.map((t) => itemId(board, t));
  await invoke(env.services, 'swot.strategies.create', {
    clusterId,
    fields: strategyFields('SO', 'Jual ke Bali', ids('Pasar Bali', 'Merek dikenal', 'Konsorsium')),
  });
  await invoke(env.services, 'swot.strategies.create', {
    clusterId,
    fields: strategyFields('WT', 'Bakukan mutu', ids('Mutu belum baku', 'Pesaing Jatiwangi')),
  });
  return clusterId;
}

const exportDoc = () => exportedDoc<Doc>(env);

describe('the SWOT sections of the interchange document', () => {
  it('round-trips every board record exactly', async () => {
    const clusterId = await buildBoard();
    const first = await exportDoc();
    expect(first.formatVersion).toBe(INTERCHANGE_VERSION);
    expect([first.swotBoards.length, first.swotItems.length, first.swotVoters.length, first.swotVotes.length, first.towsStrategies.length]).toEqual([
      1, 5, 2, 2, 2,
    ]);
    expect(first.towsStrategies[0]!.itemIds).toHaveLength(3);
    const before = await invoke(env.services, 'swot.board.get', { clusterId });

    await invoke(env.services, 'workspace.importJson', { json: JSON.stringify(first), path: path.join(env.root, 'copy.sentra') });
    const second = await exportDoc();
    expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
    expect(await invoke(env.services, 'swot.board.get', { clusterId })).toEqual(before);
  });

  it('reads a version-2 document as a workspace without SWOT boards', async () => {
    const clusterId = await buildBoard();
    const doc = (await exportDoc()) as unknown as Record<string, unknown>;
    for (const key of swotKeys) delete doc[key];
    await invoke(env.services, 'workspace.importJson', { json: JSON.stringify({ ...doc, formatVersion: 2 }), path: path.join(env.root, 'old.sentra') });
    expect(await invoke(env.services, 'swot.board.get', { clusterId })).toMatchObject({ items: [], voters: [], strategies: [] });
    expect((await invoke(env.services, 'stakeholders.map', { clusterId })).actors.map((a) => a.name)).toEqual(['Koperasi Genteng']);
    const again = await exportDoc();
    expect(again.formatVersion).toBe(INTERCHANGE_VERSION);
    for (const key of swotKeys) expect(again[key]).toEqual([]);
  });

  describe('refuses documents whose references, links or dots do not hold, saying where', () => {
    let doc: Doc;
    beforeEach(async () => {
      await buildBoard();
      doc = await exportDoc();
    });

    const refusal = (change: (d: Doc) => void) => importRefusal(env, doc, change);
    const item = (text: string) => doc.swotItems.find((i) => i.text === text)!.id;

    it('a strategy citing an item outside its two quadrants, or one that does not exist', async () => {
      const so = doc.towsStrategies.findIndex((s) => s.kind === 'SO');
      expect(await refusal((d) => d.towsStrategies[so]!.itemIds.push(item('Pesaing Jatiwangi')))).toMatchObject({
        where: 'validation.whereTowsStrategy',
        row: String(so + 1),
        kind: 'SO',
        cluster: 'Genteng Kebumen',
        field: 'itemIds.3',
        detail: 'validation.towsLinkQuadrant',
      });
      expect(await refusal((d) => (d.towsStrategies[so]!.itemIds[0] = 'ghost'))).toMatchObject({
        where: 'validation.whereTowsStrategy',
        field: 'itemIds.0',
        detail: 'validation.unknownSwotItem',
      });
      expect(await refusal((d) => d.towsStrategies[so]!.itemIds.push(d.towsStrategies[so]!.itemIds[0]!))).toMatchObject({
        field: 'itemIds.3',
        detail: 'validation.duplicateTowsLink',
      });
    });

    it('more dots than the board allows, a vote of an unknown participant, a repeated vote', async () => {
      const big = doc.swotVotes.findIndex((v) => v.dots === 4);
      expect(await refusal((d) => (d.swotBoards[0]!.dotsPerVoter = 3))).toMatchObject({
        where: 'validation.whereSwotVote',
        row: String(big + 1),
        name: 'Bu Siti',
        text: 'Mutu belum baku',
        field: 'dots',
        detail: 'validation.swotDotsOverBudget',
      });
      expect(await refusal((d) => (d.swotVotes[0]!.voterId = 'ghost'))).toMatchObject({
        where: 'validation.whereSwotVote',
        field: 'voterId',
        detail: 'validation.unknownSwotVoter',
      });
      expect(await refusal((d) => d.swotVotes.push({ ...d.swotVotes[0]!, dots: 1 }))).toMatchObject({
        row: String(doc.swotVotes.length + 1),
        detail: 'validation.duplicateSwotVote',
      });
    });

    it('an item of an unknown cluster, a participant of an unknown actor, an item of no quadrant', async () => {
      expect(await refusal((d) => (d.swotItems[0]!.clusterId = 'ghost'))).toMatchObject({
        where: 'validation.whereSwotItem',
        row: '1',
        field: 'clusterId',
        detail: 'validation.unknownCluster',
      });
      expect(await refusal((d) => (d.swotVoters[0]!.actorId = 'ghost'))).toMatchObject({
        where: 'validation.whereSwotVoter',
        name: 'Koperasi Genteng',
        detail: 'validation.unknownActor',
      });
      expect(await refusal((d) => ((d.swotItems[1] as Record<string, unknown>).quadrant = 'kekuatan'))).toMatchObject({
        where: 'validation.whereSwotItem',
        text: 'Konsorsium',
        detail: 'validation.notOneOf',
      });
    });
  });
});
