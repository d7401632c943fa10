import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScoresCsv, type ParsedScores } from '../../../../shared/domain/selection/io/parseScoresCsv';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import { catalogs } from '../../../../shared/i18n/catalogs';

const options = { source: 'scores.csv', aggregation: 'mean', rule: { kind: 'topN', n: 1 } } as const;
const parse = (text: string) => parseScoresCsv(text, options);
const problems = (r: ParsedScores) => (r.ok ? [] : r.problems.map((p) => [p.row, p.code.replace('selectionIo.csv.', ''), p.params]));

describe('parseScoresCsv', () => {
  it('reads the JICA fixture into Table 3.1’s results', () => {
    const r = parse(fs.readFileSync('tests/fixtures/selection/jica-table-3-1-scores.csv', 'utf8'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.input.rubric.dimensions.map((d) => [d.name, d.total])).toEqual([
      ['Growth opportunity', 54],
      ['Action-taking capacity', 36],
    ]);
    expect(r.input.groups.map((g) => g.name)).toEqual(['Metal/machinery component', 'Export market-oriented', 'Domestic market-oriented']);
    const res = computeResults(r.input);
    expect(res.ok && res.clusters.filter((c) => c.selected).map((c) => [c.name, c.percent])).toEqual([
      ['Waru-Sidoarjo', 65.6],
      ['Serenan-Klaten (wood furniture)', 62.2],
      ['Kebumen (roof-tile)', 63.3],
    ]);
  });

  it('takes Indonesian headers in any order and case, a BOM, semicolons and decimal commas', () => {
    const r = parse(
      '\uFEFFNilai;Sentra;MAKS;Dimensi;Kelompok;Penilai;Bobot\r\n7,5;Kebumen;10;Aksi;Domestik;Ani;2\r\n6;Kebumen;10;Aksi;Domestik;Budi;2\r\n;Tegal;10;Aksi;Domestik;Ani;2\r\n',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.input.scorers.map((s) => s.name)).toEqual(['Ani', 'Budi']);
    expect(r.input.rubric.dimensions[0]).toMatchObject({ name: 'Aksi', total: 10, weight: 2 });
    // Tegal's empty score is a missing score, not a zero.
    expect(r.input.scores.map((s) => s.value)).toEqual([7.5, 6]);
    expect(r.input.candidates.map((c) => c.name)).toEqual(['Kebumen', 'Tegal']);
  });

  it('treats names that differ only in case or outer spaces as one', () => {
    const r = parse('group,cluster,dimension,score,max\nG,Kebumen,Growth,5,10\ng ,kebumen ,growth,,10\n');
    expect(problems(r)).toEqual([[3, 'duplicateRow', { first: 2 }]]);
  });

  it('names the missing columns', () => {
    expect(problems(parse('group,cluster,nilai\nA,B,3\n'))).toEqual([[1, 'missingColumns', { columns: 'dimension / dimensi, max / maks' }]]);
  });

  it('refuses an empty file, a header without rows and a file that is not UTF-8', () => {
    expect(problems(parse(''))).toEqual([[null, 'empty', {}]]);
    expect(problems(parse('\uFEFF\n\n'))).toEqual([[null, 'empty', {}]]);
    expect(problems(parse('group,cluster,dimension,score,max\n'))).toEqual([[null, 'noRows', {}]]);
  });

  it('reports each bad row with its spreadsheet row number and changes nothing', () => {
    const text = [
      'group,cluster,dimension,score,max',
      'G,A,Growth,tujuh,54', // 2: text in a score cell
      'G,A,Action,40,36', // 3: above the maximum
      'G,B,Growth,-1,54', // 4: below zero
      '', // 5: empty rows are skipped but counted
      'G,B,Growth,30,50', // 6: another maximum for Growth, and B Growth again
      'H,A,Action,3,36', // 7: A in a second group, and A Action again
      'G,C,,3,36', // 8: no dimension
      'G,C,Growth,3,5.5', // 9: a maximum that is not whole
    ].join('\n');
    expect(problems(parse(text))).toEqual([
      [2, 'scoreNotNumber', { value: 'tujuh' }],
      [3, 'scoreAboveMax', { value: '40', max: 36 }],
      [4, 'scoreBelowZero', { value: '-1' }],
      [6, 'maxInconsistent', { dimension: 'Growth', value: 50, first: 54 }],
      [6, 'duplicateRow', { first: 4 }],
      [7, 'clusterInTwoGroups', { cluster: 'A', group: 'H', other: 'G' }],
      [7, 'duplicateRow', { first: 3 }],
      [8, 'emptyCell', { column: 'dimension' }],
      [9, 'badMax', { value: '5.5' }],
    ]);
  });

  it('refuses weights that disagree within a dimension', () => {
    const r = parse('group,cluster,dimension,score,max,weight\nG,A,D,1,5,1\nG,B,D,1,5,2\n');
    expect(problems(r)).toEqual([[3, 'weightInconsistent', { dimension: 'D', value: 2, first: 1 }]]);
  });

  it('has every message in both languages', () => {
    const keys = [
      'empty',
      'notUtf8',
      'missingColumns',
      'repeatedColumn',
      'tooManyRows',
      'noRows',
      'emptyCell',
      'nameTooLong',
      'badMax',
      'scoreNotNumber',
      'badWeight',
      'clusterInTwoGroups',
      'maxInconsistent',
      'weightInconsistent',
      'duplicateRow',
      'scoreBelowZero',
      'scoreAboveMax',
    ];
    for (const lang of ['id', 'en'] as const) {
      const csv = (catalogs[lang] as unknown as { selectionIo: { csv: Record<string, string> } }).selectionIo.csv;
      expect(Object.keys(csv).sort()).toEqual([...keys].sort());
    }
  });
});
