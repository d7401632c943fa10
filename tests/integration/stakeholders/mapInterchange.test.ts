import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { type StakeholdersSection, stakeholdersInterchange } from '../../../shared/domain/stakeholders/interchange';
import { clustersInterchange } from '../../../shared/domain/clusters/interchange';
import { selectionInterchange } from '../../../shared/domain/selection/interchange';
import { swotInterchange } from '../../../shared/domain/swot/interchange';
import { planInterchange } from '../../../shared/domain/plan/interchange';
import { INTERCHANGE_VERSION, parseWorkspaceDocument } from '../../../shared/domain/workspace/interchange';
import { sampleCluster, useTempServices } from '../helpers';
import { type InterchangeDoc, exportedDoc, importRefusal } from '../interchangeDocs';
import { actorFields, addActors, tieFields, workspaceWithCluster } from './mapFixtures';

const env = useTempServices();
const mapKeys = ['actors', 'stakeholderMaps', 'mapPlacements', 'ties', 'mapSnapshots', 'matrixRows', 'matrixCells'] as const;
type Doc = InterchangeDoc<StakeholdersSection>;

/** Two clusters' maps with an actor on both, ties, settings, a snapshot and a matrix. */
async function buildMaps(): Promise<{ ceper: string; tumang: string }> {
  const ceper = await workspaceWithCluster(env.services, env.root);
  const tumang = (await invoke(env.services, 'clusters.create', sampleCluster('Tumang'))).id;
  const [a, b] = await addActors(env.services, ceper, 2);
  const agency = await invoke(env.services, 'stakeholders.actors.create', {
    clusterId: ceper,
    fields: actorFields('Disperindag Jawa Tengah', { kind: 'agency', sector: 'government', level: 'provincial', insideCluster: false, role: 'policyMaker' }),
    x: -200.5,
    y: 40,
  });
  await invoke(env.services, 'stakeholders.actors.place', { clusterId: tumang, positions: [{ actorId: agency.id, x: 0, y: 0 }] });
  const [t1] = await addActors(env.services, tumang, 1, 'Pengrajin');
  await invoke(env.services, 'stakeholders.ties.create', {
    clusterId: ceper,
    fields: tieFields(a!, b!, { trust: 4, since: '2010-05-01', notes: 'Kerja sama order' }),
  });
  await invoke(env.services, 'stakeholders.ties.create', {
    clusterId: ceper,
    fields: tieFields(agency.id, a!, { type: 'support', directed: true, formal: true }),
  });
  await invoke(env.services, 'stakeholders.ties.create', { clusterId: tumang, fields: tieFields(agency.id, t1!, { type: 'support', directed: true }) });
  await invoke(env.services, 'stakeholders.settings.update', { clusterId: ceper, settings: { directed: true, layout: 'sectorRings' } });
  await invoke(env.services, 'stakeholders.snapshots.create', { clusterId: ceper, fields: { label: 'Baseline', takenOn: '2025-02-01' } });
  const { rows } = await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId: ceper, label: 'Pelatihan teknis' });
  await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId: ceper, label: 'Akses kredit' });
  await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: rows[0]!.id, actorId: agency.id, value: 'lead' });
  await invoke(env.services, 'stakeholders.matrix.setCell', { rowId: rows[0]!.id, actorId: a!, value: 'part' });
  return { ceper, tumang };
}

const exportDoc = () => exportedDoc<Doc>(env);

describe('the map sections of the interchange document', () => {
  it('round-trips every map record exactly', async () => {
    const { ceper } = await buildMaps();
    const first = await exportDoc();
    expect(first.formatVersion).toBe(INTERCHANGE_VERSION);
    expect(first.actors).toHaveLength(4);
    expect(first.mapPlacements).toHaveLength(5);
    expect(first.mapSnapshots[0]!.actors).toHaveLength(3);
    const mapBefore = await invoke(env.services, 'stakeholders.map', { clusterId: ceper });

    await invoke(env.services, 'workspace.importJson', { json: JSON.stringify(first), path: path.join(env.root, 'copy.sentra') });
    const second = await exportDoc();
    expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
    expect(await invoke(env.services, 'stakeholders.map', { clusterId: ceper })).toEqual(mapBefore);
    expect((await invoke(env.services, 'stakeholders.matrix.get', { clusterId: ceper })).cells).toHaveLength(2);
  });

  it('reads a version-1 document as a workspace without maps', async () => {
    const { ceper } = await buildMaps();
    const doc = (await exportDoc()) as unknown as Record<string, unknown>;
    for (const key of mapKeys) delete doc[key];
    await invoke(env.services, 'workspace.importJson', { json: JSON.stringify({ ...doc, formatVersion: 1 }), path: path.join(env.root, 'old.sentra') });
    expect((await invoke(env.services, 'clusters.list', {})).map((c) => c.name)).toEqual(['Ceper', 'Tumang']);
    expect(await invoke(env.services, 'stakeholders.map', { clusterId: ceper })).toMatchObject({ actors: [], ties: [] });
    const again = await exportDoc();
    expect(again.formatVersion).toBe(INTERCHANGE_VERSION);
    for (const key of mapKeys) expect(again[key]).toEqual([]);
  });

  describe('refuses documents whose references do not hold, saying where', () => {
    let doc: Doc;
    beforeEach(async () => {
      await buildMaps();
      doc = await exportDoc();
    });

    const refusal = (change: (d: Doc) => void) => importRefusal(env, doc, change);

    /** The undirected tie between the first two SMEs of Ceper. */
    const smeTie = () => doc.ties.findIndex((t) => t.notes === 'Kerja sama order');

    it('a self-tie', async () => {
      const i = smeTie();
      expect(await refusal((d) => (d.ties[i]!.to = d.ties[i]!.from))).toMatchObject({
        where: 'validation.whereTie',
        row: String(i + 1),
        from: 'IKM 1',
        to: 'IKM 1',
        cluster: 'Ceper',
        detail: 'validation.selfTie',
      });
    });

    it('a duplicate tie, and a tie to an actor that is not on that map', async () => {
      const i = smeTie();
      expect(await refusal((d) => d.ties.push({ ...d.ties[i]!, id: 'copy', from: d.ties[i]!.to, to: d.ties[i]!.from }))).toMatchObject({
        where: 'validation.whereTie',
        row: String(doc.ties.length + 1),
        detail: 'validation.duplicateTie',
      });
      const tumangTie = doc.ties.findIndex((t) => t.clusterId !== doc.ties[i]!.clusterId);
      const smeOfCeper = doc.ties[i]!.from;
      expect(await refusal((d) => (d.ties[tumangTie]!.to = smeOfCeper))).toMatchObject({
        where: 'validation.whereTie',
        row: String(tumangTie + 1),
        to: 'IKM 1',
        cluster: 'Tumang',
        field: 'stakeholders.fields.to',
        detail: 'validation.actorNotOnMap',
      });
    });

    it('a placement of an unknown actor, a map of an unknown cluster, a duplicate actor id', async () => {
      expect(await refusal((d) => (d.mapPlacements[0]!.actorId = 'ghost'))).toMatchObject({
        where: 'validation.wherePlacement',
        actor: 'ghost',
        detail: 'validation.unknownActor',
      });
      expect(await refusal((d) => (d.stakeholderMaps[0]!.clusterId = 'ghost'))).toMatchObject({
        where: 'validation.whereMapSettings',
        detail: 'validation.unknownCluster',
      });
      expect(await refusal((d) => d.actors.push({ ...d.actors[0]!, name: 'Kembar' }))).toMatchObject({
        where: 'validation.whereActorNamed',
        actor: 'Kembar',
        detail: 'validation.duplicateId',
      });
    });

    it('a cell of an actor off the row’s map, a cell of an unknown row, a score out of range, an unknown field in a snapshot', async () => {
      const tumangOnly = doc.actors.find((a) => a.name === 'Pengrajin 1')!.id;
      expect(await refusal((d) => (d.matrixCells[0]!.actorId = tumangOnly))).toMatchObject({
        where: 'validation.whereMatrixCell',
        label: 'Pelatihan teknis',
        detail: 'validation.actorNotOnMap',
      });
      expect(await refusal((d) => (d.matrixCells[0]!.rowId = 'ghost'))).toMatchObject({ detail: 'validation.unknownMatrixRow' });
      expect(await refusal((d) => (d.actors[0]!.influence = 9))).toMatchObject({
        where: 'validation.whereActorNamed',
        field: 'stakeholders.fields.influence',
        detail: 'validation.score0to5',
      });
      expect(
        await refusal((d) => {
          (d.mapSnapshots[0]!.actors[0] as Record<string, unknown>).colour = 'red';
        }),
      ).toMatchObject({ where: 'validation.whereSnapshot', label: 'Baseline', field: 'actors.0', detail: 'validation.unknownKeys' });
    });
  });

  it('parses the export against the shared sections alone', async () => {
    await buildMaps();
    const r = parseWorkspaceDocument(await invoke(env.services, 'workspace.exportJson', {}), [
      clustersInterchange,
      stakeholdersInterchange,
      selectionInterchange,
      swotInterchange,
      planInterchange,
    ]);
    expect(r.ok).toBe(true);
  });
});
