import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { boardReferences } from '../../../shared/domain/swot/references';
import { sampleCluster, useTempServices } from '../helpers';
import { readXlsxSheets } from './readXlsxSheets';

const env = useTempServices();
const kebumen = 'demo-kebumen';
const fromBase64 = (base64: string) => Buffer.from(base64, 'base64');

describe('the demo board and its export', () => {
  it('opens the demo with the Kebumen board consistent: dots counted, links in their quadrants', async () => {
    await invoke(env.services, 'workspace.openDemo', {});
    const board = await invoke(env.services, 'swot.board.get', { clusterId: kebumen });
    expect(board.items.length).toBeGreaterThanOrEqual(14);
    expect(board.voters).toHaveLength(4);
    const used = new Map<string, number>();
    for (const i of board.items) {
      expect(i.dots).toBe(i.votes.reduce((s, v) => s + v.dots, 0));
      for (const v of i.votes) used.set(v.voterId, (used.get(v.voterId) ?? 0) + v.dots);
    }
    for (const v of board.voters) expect(used.get(v.id)).toBe(board.dotsPerVoter);
    const refs = boardReferences(board);
    expect(board.strategies.map((s) => `${refs.strategies.get(s.id)} ${s.itemIds.map((id) => refs.items.get(id)).join(',')}`)).toEqual([
      'SO1 S1,S2,O1',
      'ST1 S2,T1,T2',
      'WO1 W1,O2,O3',
      'WO2 W5,O5',
      'WT1 W3,T3',
    ]);
  });

  it('exports the SWOT as CSV (items with the strategies citing them) and XLSX (SWOT and TOWS sheets), in either language', async () => {
    await invoke(env.services, 'workspace.openDemo', {});
    const csv = await invoke(env.services, 'swot.export', { clusterId: kebumen, format: 'csv', lang: 'id' });
    expect(csv).toMatchObject({ fileName: 'Sentra Genteng Kebumen-swot-tows.csv', mime: 'text/csv' });
    const text = fromBase64(csv.base64).toString('utf8');
    expect(text.startsWith('\uFEFFKuadran,No.,Butir,Faktor penentu,Sumber / bukti,Titik suara,Dirujuk strategi\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd()).data;
    expect(rows[2]).toEqual([
      'Kekuatan',
      'S2',
      'Konsorsium dari dua koperasi sudah menjalankan pemasaran bersama.',
      'Strategi, struktur dan persaingan usaha',
      'JICA (2004), 3.5(1) Strategi, struktur dan persaingan; 4.4(3) Gambar 4.9.',
      '1',
      'SO1, ST1',
    ]);

    const xlsx = await invoke(env.services, 'swot.export', { clusterId: kebumen, format: 'xlsx', lang: 'en' });
    expect(xlsx.fileName).toBe('Sentra Genteng Kebumen-swot-tows.xlsx');
    const sheets = await readXlsxSheets(fromBase64(xlsx.base64));
    expect(Object.keys(sheets)).toEqual(['SWOT', 'TOWS']);
    expect(sheets.SWOT![0]).toEqual(['Quadrant', 'No.', 'Item', 'Determinant', 'Source / evidence', 'Dots', 'Cited by strategies']);
    expect(sheets.SWOT![1]!.slice(0, 2)).toEqual(['Strengths', 'S1']);
    expect(sheets.TOWS![0]).toEqual(['Kind of strategy', 'No.', 'Strategy', 'SWOT items cited', 'Texts of the items cited']);
    expect(sheets.TOWS!.map((r) => r[1])).toEqual(['No.', 'SO1', 'ST1', 'WO1', 'WO2', 'WT1']);
    expect(sheets.TOWS![1]![3]).toBe('S1, S2, O1');
    expect(String(sheets.TOWS![1]![4]).split('\n')[0]).toBe('S1: Merek Kebumen Sokka sudah dikenal pasar, dan para IKM ingin menjaganya.');
  });

  it('keeps cells a spreadsheet could run inert', async () => {
    await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'inert', programName: 'Program' });
    const clusterId = (await invoke(env.services, 'clusters.create', sampleCluster('Sentra'))).id;
    await invoke(env.services, 'swot.items.create', { clusterId, fields: { quadrant: 'threat', text: '=HYPERLINK("x")', determinant: null, evidence: '+1' } });
    const sheets = await readXlsxSheets(fromBase64((await invoke(env.services, 'swot.export', { clusterId, format: 'xlsx', lang: 'id' })).base64));
    expect(sheets.SWOT![1]!.slice(2, 5)).toEqual(['\'=HYPERLINK("x")', '', "'+1"]);
    const csv = fromBase64((await invoke(env.services, 'swot.export', { clusterId, format: 'csv', lang: 'id' })).base64).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
