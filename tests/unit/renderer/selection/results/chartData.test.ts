import { describe, expect, it } from 'vitest';
import { barRows, radarAxes } from '../../../../../renderer/src/features/selection/charts/chartData';
import { wrapWords } from '../../../../../renderer/src/features/selection/charts/wrapWords';
import { computeResults } from '../../../../../shared/domain/selection/results/computeResults';
import type { SelectionResults } from '../../../../../shared/domain/selection/results/types';
import { handInput, scoresOf } from '../../../selection/results/buildInput';

const t = (key: string) => `«${key}»`;
const ok = (r: SelectionResults) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

// JICA's Tegal and Sukabumi as totals: growth /54, action /36 (Table 3.1).
const totals = handInput({
  dimensions: [
    { id: 'growth', criteria: [['g', 54]] },
    { id: 'action', criteria: [['a', 36]] },
  ],
  groups: { metal: ['Tegal', 'Sukabumi'] },
  scores: scoresOf('s1', { Tegal: { g: 31, a: 10 }, Sukabumi: { g: 33, a: 18 } }),
});

describe('barRows', () => {
  it('splits each percentage into the dimensions’ points over the total maximum (Tegal: 31/90 + 10/90 = 45,6 %)', () => {
    const r = ok(computeResults(totals));
    const [tegal, sukabumi] = barRows(r.clusters, r.cells, totals.rubric);
    expect(tegal!.shares.growth).toBeCloseTo((100 * 31) / 90, 10);
    expect(tegal!.shares.action).toBeCloseTo((100 * 10) / 90, 10);
    expect(tegal!.percent).toBe(45.6);
    expect(sukabumi!.shares.growth! + sukabumi!.shares.action!).toBeCloseTo(r.clusters[1]!.percentExact, 10);
  });

  it('stacks to the weighted percentage when weights differ, over the scored cells only', () => {
    const input = handInput({
      dimensions: [
        {
          id: 'd1',
          weight: 2,
          criteria: [
            ['c1', 10],
            ['c2', 10, 0.5],
          ],
        },
        { id: 'd2', criteria: [['c3', 10]] },
      ],
      groups: { g: ['A', 'B'] },
      // B's c3 is missing: it counts in neither B's points nor B's maximum.
      scores: [
        ['A', 'c1', 's1', 5],
        ['A', 'c2', 's1', 10],
        ['A', 'c3', 's1', 2],
        ['B', 'c1', 's1', 8],
        ['B', 'c2', 's1', 4],
      ],
    });
    const r = ok(computeResults(input));
    for (const row of barRows(r.clusters, r.cells, input.rubric)) {
      const c = r.clusters.find((x) => x.clusterId === row.clusterId)!;
      expect(Object.values(row.shares).reduce((s, v) => s + v, 0)).toBeCloseTo(c.percentExact, 10);
    }
    // B by hand: d1 = 2·(8 + 0.5·4) = 20 of 2·(10 + 5) = 30; d2 unscored → 20/30 = 66,7 %, all from d1.
    const b = barRows(r.clusters, r.cells, input.rubric).find((x) => x.clusterId === 'B')!;
    expect(b.shares.d1).toBeCloseTo(200 / 3, 10);
    expect(b.shares.d2).toBe(0);
  });

  it('gives a cluster with nothing scored no percentage (no bar), not 0 %', () => {
    const input = handInput({ dimensions: [{ id: 'd', criteria: [['c', 10]] }], groups: { g: ['A', 'B'] }, scores: [['A', 'c', 's1', 4]] });
    const r = ok(computeResults(input));
    const rows = barRows(r.clusters, r.cells, input.rubric);
    expect(rows.find((x) => x.clusterId === 'B')!.percent).toBeNull();
    expect(rows.find((x) => x.clusterId === 'A')!.percent).toBe(40);
  });
});

describe('radarAxes', () => {
  it('uses the enabled dimensions as axes when no criterion names a determinant (the JICA totals session)', () => {
    const r = ok(computeResults(totals));
    const { axes, byDeterminant } = radarAxes(r.clusters[0]!, r.cells, totals.rubric, t);
    expect(byDeterminant).toBe(false);
    expect(axes.map((a) => [a.key, a.label])).toEqual([
      ['growth', 'GROWTH'],
      ['action', 'ACTION'],
    ]);
    expect(axes[0]!.percent).toBeCloseTo((100 * 31) / 54, 10);
  });

  it('uses the determinants when criteria are tagged, named from the catalog', () => {
    const input = handInput({
      dimensions: [
        {
          id: 'growth',
          criteria: [
            ['f', 10, 1, 'factor'],
            ['d', 10, 1, 'demand'],
          ],
        },
        { id: 'social', criteria: [['s', 10, 1, 'socialCapital']] },
      ],
      groups: { g: ['A'] },
      scores: [
        ['A', 'f', 's1', 5],
        ['A', 'd', 's1', 8],
        ['A', 's', 's1', 2],
      ],
    });
    const r = ok(computeResults(input));
    const { axes, byDeterminant } = radarAxes(r.clusters[0]!, r.cells, input.rubric, t);
    expect(byDeterminant).toBe(true);
    expect(axes.map((a) => a.label)).toContain('«selection.codes.determinants.socialCapital»');
    expect(axes.find((a) => a.key === 'factor')!.percent).toBe(50);
  });

  it('leaves an unscored dimension without a share rather than at 0', () => {
    const input = handInput({
      dimensions: [
        {
          id: 'd1',
          criteria: [
            ['c1', 10],
            ['c2', 10],
          ],
        },
        { id: 'd2', criteria: [['c3', 10]] },
      ],
      groups: { g: ['A'] },
      scores: [['A', 'c1', 's1', 6]],
    });
    const r = ok(computeResults(input));
    const { axes } = radarAxes(r.clusters[0]!, r.cells, input.rubric, t);
    // d1 over its one scored criterion: 6/10, not 6/20.
    expect(axes.map((a) => a.percent)).toEqual([60, null]);
  });
});

describe('wrapWords', () => {
  it('breaks at spaces near the width and keeps a long word whole', () => {
    expect(wrapWords('Strategi, struktur dan persaingan usaha', 16)).toEqual(['Strategi,', 'struktur dan', 'persaingan usaha']);
    expect(wrapWords('OKI-Tanjung-Batu-alat-pertanian', 8)).toEqual(['OKI-Tanjung-Batu-alat-pertanian']);
    expect(wrapWords('', 8)).toEqual([]);
  });
});
