import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import type { SelectionInput } from '../../../../shared/domain/selection/results/types';
import { jicaTotalsRubric } from '../../../../shared/domain/selection/template/jicaRubric';

/* JICA's published totals must give Table 3.1 exactly: percent to one decimal, rank in group, pilots. */

interface PublishedRow {
  group: string;
  cluster: string;
  growth_opportunity: string;
  action_taking_capacity: string;
  percent: string;
  rank_in_group: string;
  pilot: string;
}

const published = Papa.parse<PublishedRow>(fs.readFileSync('tests/fixtures/selection/jica-table-3-1.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

function jicaInput(): SelectionInput {
  const groups = [...new Set(published.map((r) => r.group))];
  return {
    rubric: jicaTotalsRubric((k) => k),
    groups: groups.map((g) => ({ id: g, name: g })),
    candidates: published.map((r) => ({ clusterId: r.cluster, name: r.cluster, groupId: r.group })),
    scorers: [],
    scores: [],
    consensus: published.flatMap((r) => [
      { clusterId: r.cluster, criterionId: 'growthTotal', value: Number(r.growth_opportunity) },
      { clusterId: r.cluster, criterionId: 'actionTotal', value: Number(r.action_taking_capacity) },
    ]),
    aggregation: 'mean',
    rule: { kind: 'topN', n: 1 },
  };
}

describe('Table 3.1 from JICA’s published totals', () => {
  const results = computeResults(jicaInput());
  if (!results.ok) throw new Error(JSON.stringify(results.problems));
  const byName = new Map(results.clusters.map((c) => [c.name, c]));

  it.each(published.map((r) => [r.cluster, r] as const))('%s', (_, row) => {
    const c = byName.get(row.cluster)!;
    expect(c.dimensions.map((d) => [d.score, d.max])).toEqual([
      [Number(row.growth_opportunity), 54],
      [Number(row.action_taking_capacity), 36],
    ]);
    expect(c.total).toBe(Number(row.growth_opportunity) + Number(row.action_taking_capacity));
    expect(c.max).toBe(90);
    expect(c.percent).toBe(Number(row.percent));
    expect(c.rankInGroup).toBe(Number(row.rank_in_group));
    expect(c.selected).toBe(row.pilot === 'yes');
    expect(c.restsOnMissing).toBe(false);
  });

  it('selects one pilot per group, with no tie at the cut', () => {
    expect(results.groups.map((g) => g.selected)).toEqual([['Waru-Sidoarjo'], ['Serenan-Klaten (wood furniture)'], ['Kebumen (roof-tile)']]);
    expect(results.groups.every((g) => !g.tieAtCut)).toBe(true);
  });

  it('ranks overall with shared ranks for equal totals (38 of 90 twice, 37 twice)', () => {
    const overall = Object.fromEntries(results.clusters.map((c) => [c.name, c.rank]));
    expect(overall).toEqual({
      'Waru-Sidoarjo': 1,
      'Kebumen (roof-tile)': 2,
      'Serenan-Klaten (wood furniture)': 3,
      Sukabumi: 4,
      Tegal: 5,
      'Garut (vetiver oil)': 6,
      'Mampang/Bekasi (tofu/tempe)': 6,
      '50 Kota (gambier)': 8,
      'OKI-Tanjung Batu (agricultural tool)': 8,
      'Amuntai (rattan product)': 10,
    });
  });
});
