import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke, type Services } from '../../../electron/services/createServices';
import type { ExportedFile } from '../../../shared/contract/stakeholders';
import type { MapActor, Tie } from '../../../shared/domain/stakeholders/schemas';
import { useTempServices } from '../helpers';
import { actorFields, tieFields, workspaceWithCluster } from './mapFixtures';
import { parseXml, type XmlElement } from '../../fixtures/stakeholders/xmlCheck';

const env = useTempServices();

/** A small map with the text that breaks naive writers: formulas, quotes, separators, line breaks, XML. */
async function sampleMap(services: Services, clusterId: string) {
  const a = await invoke(services, 'stakeholders.actors.create', {
    clusterId,
    fields: actorFields('=HYPERLINK("http://x","klik")', { notes: 'baris 1\nbaris 2; "kutip", koma', contact: '+62 812', potentiallyViable: true }),
    x: 10,
    y: 20,
  });
  const b = await invoke(services, 'stakeholders.actors.create', {
    clusterId,
    fields: actorFields('Polman <Ceper> & Co', {
      kind: 'university',
      sector: 'academia',
      level: 'provincial',
      insideCluster: false,
      role: 'supporter',
      influence: 5,
    }),
    x: -30,
    y: 40,
  });
  const c = await invoke(services, 'stakeholders.actors.create', {
    clusterId,
    fields: actorFields('@Bank', { kind: 'bank', attitude: 'resistant', interest: 0 }),
    x: 0,
    y: 0,
  });
  await invoke(services, 'stakeholders.ties.create', {
    clusterId,
    fields: tieFields(a.id, b.id, { type: 'support', strength: 5, trust: 4, formal: true, since: '2024-03-01', notes: '-catatan' }),
  });
  await invoke(services, 'stakeholders.ties.create', { clusterId, fields: tieFields(c.id, a.id, { type: 'finance', directed: true, trust: null }) });
  return { a, b, c };
}

const decode = (f: ExportedFile) => Buffer.from(f.base64, 'base64');
const asImport = (f: ExportedFile) => ({ fileName: f.fileName, base64: f.base64 });
const actorView = ({ id: _id, createdAt: _c, updatedAt: _u, x: _x, y: _y, ...rest }: MapActor) => rest;
function tieView(actors: MapActor[], t: Tie) {
  const name = (id: string) => actors.find((a) => a.id === id)!.name;
  const { id: _id, clusterId: _k, createdAt: _c, updatedAt: _u, from, to, ...rest } = t;
  return { ...rest, from: name(from), to: name(to) };
}

describe('exporting the map', () => {
  for (const [format, lang] of [
    ['csv', 'id'],
    ['xlsx', 'en'],
  ] as const) {
    it(`round-trips actors and ties through ${format.toUpperCase()} (${lang}) exactly`, async () => {
      const clusterId = await workspaceWithCluster(env.services, env.root, 'Sentra Logam Ceper / Klaten');
      await sampleMap(env.services, clusterId);
      const actors = await invoke(env.services, 'stakeholders.export.table', { clusterId, what: 'actors', format, lang });
      const ties = await invoke(env.services, 'stakeholders.export.table', { clusterId, what: 'ties', format, lang });
      const suffix = lang === 'id' ? ['aktor', 'hubungan'] : ['actors', 'ties'];
      expect(actors.fileName).toBe(`Sentra Logam Ceper - Klaten-${suffix[0]}.${format}`);
      expect(ties.fileName).toBe(`Sentra Logam Ceper - Klaten-${suffix[1]}.${format}`);

      // Into a fresh workspace: in this one the names would find the same actors again.
      await invoke(env.services, 'workspace.close', {});
      const fresh = await workspaceWithCluster(env.services, `${env.root}/fresh-${format}`);
      const report = await invoke(env.services, 'stakeholders.import.apply', {
        clusterId: fresh,
        actors: asImport(actors),
        ties: asImport(ties),
        acceptPartial: false,
      });
      expect(report.problems).toEqual([]);
      const copy = await invoke(env.services, 'stakeholders.map', { clusterId: fresh });
      await invoke(env.services, 'workspace.close', {});
      await invoke(env.services, 'workspace.open', { path: `${env.root}/map.sentra` });
      const original = await invoke(env.services, 'stakeholders.map', { clusterId });
      const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name);
      expect(copy.actors.map(actorView).sort(byName)).toEqual(original.actors.map(actorView).sort(byName));
      const tieOrder = (x: { from: string; to: string }, y: { from: string; to: string }) => `${x.from}${x.to}`.localeCompare(`${y.from}${y.to}`);
      expect(copy.ties.map((t) => tieView(copy.actors, t)).sort(tieOrder)).toEqual(original.ties.map((t) => tieView(original.actors, t)).sort(tieOrder));
    });
  }

  it('writes CSV with a BOM and no cell a spreadsheet would run', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    await sampleMap(env.services, clusterId);
    const f = await invoke(env.services, 'stakeholders.export.table', { clusterId, what: 'actors', format: 'csv', lang: 'id' });
    expect(f.mime).toBe('text/csv');
    const bytes = decode(f);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'nama,jenis,sektor,tingkat,di_dalam_sentra,peran,pengaruh,kepentingan,sikap,berpotensi_tumbuh,usaha_penggerak,kontak,catatan',
    );
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(text).toContain(`'@Bank`);
    expect(text).toContain(`'+62 812`);
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
  });

  it('writes XLSX with a bold, frozen header and inert cells', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    await sampleMap(env.services, clusterId);
    const f = await invoke(env.services, 'stakeholders.export.table', { clusterId, what: 'ties', format: 'xlsx', lang: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(decode(f) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'from', 'to', 'type', 'directed', 'strength', 'trust', 'formal', 'since', 'notes']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cells = [2, 3].flatMap((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(cells).toContain('\'=HYPERLINK("http://x","klik")');
    expect(cells).toContain("'-catatan");
    expect(cells).toContain(5);
  });

  it('writes the responsibility matrix with leads / takes part in the chosen language', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const { a, b } = await sampleMap(env.services, clusterId);
    const m = await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId, label: 'Pelatihan cetak' });
    const rowId = m.rows[0]!.id;
    await invoke(env.services, 'stakeholders.matrix.setCell', { rowId, actorId: a.id, value: 'lead' });
    await invoke(env.services, 'stakeholders.matrix.setCell', { rowId, actorId: b.id, value: 'part' });
    const id = decode(await invoke(env.services, 'stakeholders.export.table', { clusterId, what: 'matrix', format: 'csv', lang: 'id' })).toString('utf8');
    const en = decode(await invoke(env.services, 'stakeholders.export.table', { clusterId, what: 'matrix', format: 'csv', lang: 'en' })).toString('utf8');
    expect(id.split('\r\n')[0]).toBe(`\uFEFFStrategi atau program,"'=HYPERLINK(""http://x"",""klik"")",'@Bank,Polman <Ceper> & Co`);
    expect(id.split('\r\n')[1]).toBe('Pelatihan cetak,Memimpin,,Ikut serta');
    expect(en.split('\r\n')[1]).toBe('Pelatihan cetak,Leads,,Takes part');
  });

  it('gives templates that the import reads', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    for (const format of ['csv', 'xlsx'] as const) {
      for (const lang of ['id', 'en'] as const) {
        const actors = await invoke(env.services, 'stakeholders.export.template', { what: 'actors', format, lang });
        const ties = await invoke(env.services, 'stakeholders.export.template', { what: 'ties', format, lang });
        expect(actors.fileName).toBe(lang === 'id' ? `templat-aktor.${format}` : `template-actors.${format}`);
        const report = await invoke(env.services, 'stakeholders.import.check', { clusterId, actors: asImport(actors), ties: asImport(ties) });
        // The two templates fit together: the example tie joins the example actors.
        expect(report).toMatchObject({ actors: { valid: 2 }, ties: { valid: 1 }, problems: [] });
      }
    }
  });

  it('writes GEXF 1.3 and GraphML that parse back with every node, edge and attribute', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const { a, b, c } = await sampleMap(env.services, clusterId);
    const gexf = await invoke(env.services, 'stakeholders.export.graph', { clusterId, format: 'gexf' });
    expect(gexf.fileName).toBe('Ceper-peta.gexf');
    const g = parseXml(decode(gexf).toString('utf8'));
    expect(g.name).toBe('gexf');
    expect(g.attrs.version).toBe('1.3');
    const graph = g.children.find((e) => e.name === 'graph')!;
    const nodes = graph.children.find((e) => e.name === 'nodes')!.children;
    const edges = graph.children.find((e) => e.name === 'edges')!.children;
    expect(nodes.map((n) => n.attrs.label).sort()).toEqual([a.name, b.name, c.name].sort());
    const polman = nodes.find((n) => n.attrs.id === b.id)!;
    const att = (n: XmlElement): Record<string, string> =>
      Object.fromEntries(n.children.find((e) => e.name === 'attvalues')!.children.map((v): [string, string] => [v.attrs.for ?? '', v.attrs.value ?? '']));
    expect(att(polman)).toMatchObject({ kind: 'university', sector: 'academia', inside_cluster: 'false', influence: '5', x: '-30', y: '40' });
    expect(polman.children.find((e) => e.name === 'viz:color')!.attrs).toEqual({ r: '122', g: '63', b: '157' });
    expect(polman.children.find((e) => e.name === 'viz:position')!.attrs).toEqual({ x: '-30', y: '-40', z: '0' });
    const finance = edges.find((e) => e.attrs.source === c.id)!;
    expect(finance.attrs).toMatchObject({ target: a.id, type: 'directed', weight: '3' });
    expect(edges.find((e) => e.attrs.source === a.id)!.attrs.type).toBe('undirected');
    expect(att(edges.find((e) => e.attrs.source === a.id)!)).toMatchObject({ type: 'support', trust: '4', since: '2024-03-01', notes: '-catatan' });

    const graphml = parseXml(decode(await invoke(env.services, 'stakeholders.export.graph', { clusterId, format: 'graphml' })).toString('utf8'));
    expect(graphml.name).toBe('graphml');
    const keys = graphml.children.filter((e) => e.name === 'key');
    expect(new Set(keys.map((k) => k.attrs.id)).size).toBe(keys.length);
    const gg = graphml.children.find((e) => e.name === 'graph')!;
    const data = (n: XmlElement): Record<string, string> => Object.fromEntries(n.children.map((d): [string, string] => [d.attrs.key ?? '', d.text]));
    expect(gg.children.filter((e) => e.name === 'node').map((n) => data(n).label)).toContain('Polman <Ceper> & Co');
    const notes = gg.children.filter((e) => e.name === 'node').map((n) => data(n).notes ?? '');
    expect(notes).toContain('');
    expect(data(gg.children.find((e) => e.name === 'node' && e.attrs.id === a.id)!)).toMatchObject({ label: a.name, x: '10', y: '20' });
    expect(
      gg.children
        .filter((e) => e.name === 'edge')
        .map((e) => e.attrs.directed)
        .sort(),
    ).toEqual(['false', 'true']);
  });
});
