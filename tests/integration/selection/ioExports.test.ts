import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import type { ExportedFile } from '../../../shared/contract/stakeholders';
import { errorCode, useTempServices } from '../helpers';
import { selectionCounts, sessionWith, smallRubric } from './selectionFixtures';

const env = useTempServices();

const text = (f: ExportedFile) => Buffer.from(f.base64, 'base64').toString('utf8');
const asFile = (fileName: string, content: string) => ({ fileName, base64: Buffer.from(content, 'utf8').toString('base64') });

/** Two scorers score both clusters: Tegal 8+3 and 6+4 → mean 7 + 3.5 = 10.5 / 15 = 70 %; "=Sukabumi" 5+5, 4+5 → 9.5 = 63.3 %. */
async function scoredSession(options: Parameters<typeof sessionWith>[2] = {}) {
  const setup = await sessionWith(env.services, env.root, { clusterNames: ['Tegal', '=Sukabumi'], ...options });
  const [tegal, sukabumi] = setup.clusters;
  const values = [
    [8, 3, 5, 5],
    [6, 4, 4, 5],
  ];
  for (const [i, scorerId] of setup.scorers.entries()) {
    const [a, b, c, d] = values[i]!;
    await invoke(env.services, 'selection.scores.set', {
      sessionId: setup.sessionId,
      scorerId,
      enteredBy: scorerId,
      cells: [
        { clusterId: tegal!, criterionId: 'g1', value: a! },
        { clusterId: tegal!, criterionId: 'g2', value: b! },
        { clusterId: sukabumi!, criterionId: 'g1', value: c! },
        { clusterId: sukabumi!, criterionId: 'g2', value: d! },
      ],
    });
  }
  return setup;
}

describe('selection.export.results', () => {
  it('CSV: the Table 3.1 layout in the chosen language, Excel-ready, no cell a formula', async () => {
    const { sessionId } = await scoredSession();
    const csv = await invoke(env.services, 'selection.export.results', { sessionId, format: 'csv', lang: 'en' });
    expect(csv.fileName).toBe('Pemilihan uji-results.csv');
    expect(csv.mime).toBe('text/csv');
    const body = text(csv);
    expect(body.startsWith('\uFEFF')).toBe(true);
    const lines = body.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Group,Cluster,Peluang pertumbuhan (15),Total (15),%,Rank in group,Overall rank,Selected',
      'Komponen logam/mesin,Tegal,10.5,10.5,70,1,1,✓',
      "Komponen logam/mesin,'=Sukabumi,9.5,9.5,63.3,2,2,—",
    ]);
    const id = await invoke(env.services, 'selection.export.results', { sessionId, format: 'csv', lang: 'id' });
    expect(id.fileName).toBe('Pemilihan uji-hasil.csv');
    expect(text(id).split('\r\n')[0]).toContain('Kelompok');
  });

  it('XLSX: title with session and date, the rubric note, bold header, numbers as numbers', async () => {
    const { sessionId } = await scoredSession({ rubric: smallRubric({ note: 'Total yang dipublikasikan JICA; sub-kriteria tidak dipublikasikan.' }) });
    const xlsx = await invoke(env.services, 'selection.export.results', { sessionId, format: 'xlsx', lang: 'id' });
    expect(xlsx.fileName).toBe('Pemilihan uji-hasil.xlsx');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Hasil');
    expect(sheet.getCell('A1').value).toBe('Hasil pemilihan lokasi: Pemilihan uji');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Tanggal: 2026-11-28');
    expect(sheet.getCell('A3').value).toBe('Total yang dipublikasikan JICA; sub-kriteria tidak dipublikasikan.');
    const header = sheet.getRow(5);
    expect(header.getCell(1).value).toBe('Kelompok');
    expect(header.font.bold).toBe(true);
    expect(sheet.getRow(6).values).toEqual([undefined, 'Komponen logam/mesin', 'Tegal', 10.5, 10.5, 70, 1, 1, '✓']);
    expect(sheet.getRow(7).getCell(2).value).toBe("'=Sukabumi");
    expect(sheet.getRow(7).getCell(5).value).toBe(63.3);
    expect(sheet.getColumn(5).numFmt).toBe('0.0');
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(10);
  });

  it('a result resting on missing scores carries the note row', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root);
    await invoke(env.services, 'selection.scores.set', {
      sessionId,
      scorerId: scorers[0]!,
      enteredBy: 'facilitator',
      cells: [{ clusterId: clusters[0]!, criterionId: 'g1', value: 7 }],
    });
    const lines = text(await invoke(env.services, 'selection.export.results', { sessionId, format: 'csv', lang: 'en' }))
      .trimEnd()
      .split('\r\n');
    expect(lines.at(-1)).toContain('rest on incomplete scores');
  });

  it('refuses while hidden mode withholds the scores', async () => {
    const { sessionId } = await scoredSession({ fields: { hidden: true } });
    expect(await errorCode(() => invoke(env.services, 'selection.export.results', { sessionId, format: 'csv', lang: 'en' }))).toMatchObject({
      code: 'scoresHidden',
    });
  });

  it('refuses invalid input with the first problem in words', async () => {
    const { sessionId } = await scoredSession();
    await invoke(env.services, 'selection.groups.add', { sessionId, name: 'Kelompok kosong' });
    const refused = await errorCode(() => invoke(env.services, 'selection.export.results', { sessionId, format: 'xlsx', lang: 'id' }));
    expect(refused.code).toBe('selectionInvalid');
    expect(refused.params.reason).toContain('Kelompok kosong');
  });
});

describe('rubric files', () => {
  it('export → import into the library: the same rubric, one undoable step', async () => {
    await sessionWith(env.services, env.root);
    const saved = await invoke(env.services, 'selection.rubrics.save', { id: null, rubric: smallRubric({ name: 'Rubrik LPM: 2026' }) });
    const file = await invoke(env.services, 'selection.rubrics.export', { id: saved.id });
    expect(file.fileName).toBe('Rubrik LPM- 2026.sentra-rubric.json');
    expect(file.mime).toBe('application/json');
    const doc = JSON.parse(text(file)) as { format: string; formatVersion: number; rubric: unknown };
    expect(doc).toEqual({ format: 'sentra-rubric', formatVersion: 1, rubric: saved.rubric });

    const imported = await invoke(env.services, 'selection.rubrics.import', { file: { fileName: file.fileName, base64: file.base64 } });
    expect(imported.id).not.toBe(saved.id);
    expect(imported).toMatchObject({ name: 'Rubrik LPM: 2026', version: 1, dimensions: 2, criteria: 3, rubric: saved.rubric });
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({
      key: 'selection.history.importRubric',
      params: { name: 'Rubrik LPM: 2026' },
    });
    expect(await invoke(env.services, 'selection.rubrics.list', {})).toHaveLength(2);
    await invoke(env.services, 'workspace.undo', {});
    expect(await invoke(env.services, 'selection.rubrics.list', {})).toHaveLength(1);
  });

  it('refuses a file that is not a valid rubric, saying where and why, and writes nothing', async () => {
    await sessionWith(env.services, env.root);
    const before = selectionCounts(env.services);
    const importing = (content: string) => errorCode(() => invoke(env.services, 'selection.rubrics.import', { file: asFile('r.sentra-rubric.json', content) }));
    const wrap = (rubric: unknown, extra = {}) => JSON.stringify({ format: 'sentra-rubric', formatVersion: 1, rubric, ...extra });

    const broken = smallRubric();
    broken.dimensions[0]!.criteria[0]!.max = 12;
    expect(await importing(wrap(broken))).toEqual({
      code: 'rubricInvalid',
      params: { where: 'Peluang pertumbuhan › total', reason: 'selection.validation.totalMismatch', sum: '17', total: '15' },
    });

    const badWeight = smallRubric();
    badWeight.dimensions[1]!.criteria[0]!.weight = -1;
    expect(await importing(wrap(badWeight))).toEqual({
      code: 'rubricInvalid',
      params: { where: 'Modal sosial › Kepercayaan › weight', reason: 'validation.nonNegative' },
    });

    expect(await importing(wrap({ ...smallRubric(), extra: 1 }))).toMatchObject({
      code: 'rubricInvalid',
      params: { reason: 'validation.unknownKeys', keys: 'extra' },
    });
    expect(await importing('{ "format": ')).toMatchObject({ code: 'badJson' });
    expect(await importing(JSON.stringify({ format: 'sentra-workspace', formatVersion: 1 }))).toMatchObject({
      code: 'rubricInvalid',
      params: { where: 'format', reason: 'validation.notOneOf' },
    });
    expect(await importing(wrap(smallRubric(), { formatVersion: 2 }))).toMatchObject({ code: 'newerInterchange' });
    expect(selectionCounts(env.services)).toEqual(before);
  });
});
