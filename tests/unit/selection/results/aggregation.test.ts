import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import type { SelectionInput } from '../../../../shared/domain/selection/results/types';
import { handInput } from './buildInput';

function ok(input: SelectionInput, ...rest: Parameters<typeof computeResults> extends [unknown, ...infer R] ? R : never) {
  const r = computeResults(input, ...rest);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

const oneCriterion = { id: 'd', criteria: [['c', 10]] as [string, number][] };

describe('a cell’s value', () => {
  // Three scorers give 2, 3 and 10: the mean is 5, the median 3.
  const scores: [string, string, string, number][] = [
    ['A', 'c', 's1', 2],
    ['A', 'c', 's2', 3],
    ['A', 'c', 's3', 10],
    ['B', 'c', 's1', 4],
    ['B', 'c', 's2', 4],
    ['B', 'c', 's3', 4],
  ];
  const base = { dimensions: [oneCriterion], groups: { g: ['A', 'B'] }, scorers: ['s1', 's2', 's3'], scores };

  it('is the scorers’ mean, or their median: the choice can change the ranking', () => {
    const mean = ok(handInput({ ...base, aggregation: 'mean' }));
    expect(mean.clusters.map((c) => [c.total, c.rankInGroup])).toEqual([
      [5, 1],
      [4, 2],
    ]);
    const median = ok(handInput({ ...base, aggregation: 'median' }));
    expect(median.clusters.map((c) => [c.total, c.rankInGroup])).toEqual([
      [3, 2],
      [4, 1],
    ]);
  });

  it('takes the middle pair’s mean as the median of an even count', () => {
    const r = ok(handInput({ ...base, scores: scores.filter((s) => s[2] !== 's3'), aggregation: 'median' }));
    expect(r.cells.find((c) => c.clusterId === 'A')!.value).toBe(2.5);
  });

  it('carries the spread between the highest and lowest score, also as a share of the maximum', () => {
    const cell = ok(handInput(base)).cells.find((c) => c.clusterId === 'A')!;
    expect(cell).toMatchObject({ value: 5, source: 'aggregate', scored: 3, scorers: 3, spread: 8, relativeSpread: 0.8 });
    const single = ok(handInput({ ...base, scores: [['A', 'c', 's1', 2]] })).cells.find((c) => c.clusterId === 'A')!;
    expect(single.spread).toBeNull();
  });

  it('is the consensus where one is recorded, over the scorers’ aggregate', () => {
    const r = ok(handInput({ ...base, consensus: [['A', 'c', 1]] }));
    expect(r.cells.find((c) => c.clusterId === 'A')).toMatchObject({ value: 1, source: 'consensus', spread: 8 });
    expect(r.clusters.map((c) => c.rankInGroup)).toEqual([2, 1]);
  });
});

describe('a missing score', () => {
  // Two criteria of 10. A scores 6 and 8; B scores 7 and has no score for the second.
  const input = (extra: Partial<Parameters<typeof handInput>[0]> = {}) =>
    handInput({
      dimensions: [
        {
          id: 'd',
          criteria: [
            ['c1', 10],
            ['c2', 10],
          ],
        },
      ],
      groups: { g: ['A', 'B'] },
      scores: [
        ['A', 'c1', 's1', 6],
        ['A', 'c2', 's1', 8],
        ['B', 'c1', 's1', 7],
      ],
      ...extra,
    });

  it('is neither zero nor the best: it leaves the cell out of the points and of the maximum', () => {
    const r = ok(input());
    const b = r.clusters.find((c) => c.name === 'B')!;
    // As zero B would have 7/20 = 35 %, as the best 17/20 = 85 %; left out it is 7/10 = 70 %.
    expect(b.percentExact).toBeCloseTo(70, 10);
    expect(b.total).toBe(7);
    expect(b.max).toBe(20);
    expect(r.clusters.find((c) => c.name === 'A')!.percentExact).toBeCloseTo(70, 10);
    expect(r.clusters.map((c) => c.rankInGroup)).toEqual([1, 1]);
    expect(r.cells.find((c) => c.clusterId === 'B' && c.criterionId === 'c2')).toMatchObject({ value: null, source: 'missing', scored: 0 });
  });

  it('marks the result as resting on missing scores, counting cells and scorer × cell pairs', () => {
    const r = ok(input());
    expect(r.clusters.map((c) => [c.name, c.restsOnMissing, c.unscoredCells, c.missingScores])).toEqual([
      ['A', false, 0, 0],
      ['B', true, 1, 1],
    ]);
    expect(r.clusters[1]!.dimensions[0]).toMatchObject({ score: 7, max: 20, unscored: 1 });
    const two = ok(
      input({
        scorers: ['s1', 's2'],
        scores: [
          ['A', 'c1', 's1', 6],
          ['A', 'c2', 's1', 8],
          ['A', 'c1', 's2', 6],
          ['B', 'c1', 's1', 7],
        ],
      }),
    );
    // A: s2 has not scored c2 (1 pair); B: s2 nothing (2 pairs) and nobody c2 (1 more pair).
    expect(two.clusters.map((c) => [c.restsOnMissing, c.unscoredCells, c.missingScores])).toEqual([
      [true, 0, 1],
      [true, 1, 3],
    ]);
  });

  it('no longer counts once a consensus stands in for the cell', () => {
    const r = ok(input({ consensus: [['B', 'c2', 5]] }));
    expect(r.clusters[1]).toMatchObject({ restsOnMissing: false, unscoredCells: 0, missingScores: 0, total: 12 });
  });

  it('leaves a cluster with no score at all unrated: ranked last, never selected', () => {
    const r = ok(input({ groups: { g: ['A', 'B', 'C'] } }));
    const c = r.clusters.find((x) => x.name === 'C')!;
    expect(c).toMatchObject({ rated: false, selected: false, rankInGroup: 3, restsOnMissing: true, unscoredCells: 2 });
    expect(r.groups[0]!.ranking.at(-1)).toBe('C');
  });
});

describe('dimensions and determinants', () => {
  const input = handInput({
    dimensions: [
      {
        id: 'growth',
        criteria: [
          ['f', 10, 1, 'factor'],
          ['m', 10, 1, 'demand'],
        ],
      },
      { id: 'social', optional: true, enabled: false, criteria: [['t', 10, 1, 'socialCapital']] },
    ],
    groups: { g: ['A'] },
    scores: [
      ['A', 'f', 's1', 4],
      ['A', 't', 's1', 9],
    ],
  });

  it('sums only enabled dimensions; an override switches an optional one on', () => {
    const off = ok(input);
    expect(off.clusters[0]!.dimensions.map((d) => d.dimensionId)).toEqual(['growth']);
    expect(off.cells.map((c) => c.criterionId)).toEqual(['f', 'm']);
    const on = ok(input, { enabled: { social: true } });
    expect(on.clusters[0]).toMatchObject({ total: 13, max: 30 });
    expect(on.clusters[0]!.percentExact).toBeCloseTo(65, 10); // 13 of the 20 points scored
  });

  it('gives each determinant’s share of what was scored, null where nothing was', () => {
    const d = Object.fromEntries(ok(input, { enabled: { social: true } }).clusters[0]!.determinants.map((x) => [x.determinant, x]));
    expect(d.factor).toMatchObject({ score: 4, max: 10, percent: 40 });
    expect(d.demand).toMatchObject({ score: 0, max: 10, percent: null });
    expect(d.socialCapital).toMatchObject({ score: 9, max: 10, percent: 90 });
    expect(d.related).toMatchObject({ max: 0, percent: null });
  });
});
