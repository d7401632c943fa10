import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../../electron/cli/cliTranslator';
import { parseScoresCsv } from '../../../../shared/domain/selection/io/parseScoresCsv';
import { table31Rows } from '../../../../shared/domain/selection/io/table31';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import type { SelectionInput } from '../../../../shared/domain/selection/results/types';

function results(input: SelectionInput) {
  const r = computeResults(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

describe('table31Rows', () => {
  const parsed = parseScoresCsv(fs.readFileSync('tests/fixtures/selection/jica-table-3-1-scores.csv', 'utf8'), {
    source: 'jica.csv',
    aggregation: 'mean',
    rule: { kind: 'topN', n: 1 },
  });
  if (!parsed.ok) throw new Error('fixture');

  it('lays out Table 3.1: group by group, ranked within the group', () => {
    const rows = table31Rows(parsed.input, results(parsed.input), cliTranslator('en').t);
    expect(rows[0]).toEqual([
      'Group',
      'Cluster',
      'Growth opportunity (54)',
      'Action-taking capacity (36)',
      'Total (90)',
      '%',
      'Rank in group',
      'Overall rank',
      'Selected',
    ]);
    expect(rows.slice(1, 4)).toEqual([
      ['Metal/machinery component', 'Waru-Sidoarjo', 38, 21, 59, 65.6, 1, 1, '✓'],
      ['Metal/machinery component', 'Sukabumi', 33, 18, 51, 56.7, 2, 4, '—'],
      ['Metal/machinery component', 'Tegal', 31, 10, 41, 45.6, 3, 5, '—'],
    ]);
    expect(rows).toHaveLength(11);
  });

  it('speaks Indonesian', () => {
    const rows = table31Rows(parsed.input, results(parsed.input), cliTranslator('id').t);
    expect(rows[0]!.slice(0, 2)).toEqual(['Kelompok', 'Sentra']);
    expect(rows[0]!.at(-1)).toBe('Terpilih');
  });

  it('marks results that rest on missing scores and ties at the cut, with a note row for each', () => {
    // Tegal (k1) loses its action score: 31 of the 54 scored = 57.4 %. Sukabumi (k2) gets 41 + 18 = 59, Waru's total.
    const scores = parsed.input.scores
      .filter((s) => !(s.clusterId === 'k1' && s.criterionId === 'c2'))
      .map((s) => (s.clusterId === 'k2' && s.criterionId === 'c1' ? { ...s, value: 41 } : s));
    const input = { ...parsed.input, scores };
    const rows = table31Rows(input, results(input), cliTranslator('en').t);
    expect(rows.slice(1, 4).map((r) => [r[1], r[4], r[5], r[6], r[8]])).toEqual([
      ['Sukabumi', 59, 65.6, 1, '✓'],
      ['Waru-Sidoarjo', 59, 65.6, 1, '✓'],
      ['Tegal *', 31, 57.4, 3, '—'],
    ]);
    expect(rows.slice(-2)).toEqual([
      ['* These results rest on incomplete scores: Tegal. Missing scores are left out, not counted as zero.'],
      ['Group “Metal/machinery component”: Sukabumi, Waru-Sidoarjo share the rank at the cut, so all are selected. The working group has to decide.'],
    ]);
  });
});
