import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import { handInput, scoresOf } from './buildInput';

/*
 * Two dimensions: growth (one criterion of 54) and action (one of 36), as JICA's totals.
 * A pair made to cross: P scores 50 + 5, Q 30 + 30.
 * Unweighted: P 55/90 = 61.1 %, Q 60/90 = 66.7 % → Q first.
 * Action weighs 0.5: P (50 + 2.5) / (54 + 18) = 72.9 %, Q (30 + 15) / 72 = 62.5 % → P first.
 */
const input = handInput({
  dimensions: [
    { id: 'growth', criteria: [['g', 54]] },
    { id: 'action', criteria: [['a', 36]] },
  ],
  groups: { grp: ['P', 'Q'] },
  scores: scoresOf('s1', { P: { g: 50, a: 5 }, Q: { g: 30, a: 30 } }),
});

const percents = (r: ReturnType<typeof computeResults>) => (r.ok ? r.clusters.map((c) => [c.name, c.percent, c.rankInGroup, c.selected]) : r.problems);

describe('weights', () => {
  it('with every weight 1 the percentage is total / max', () => {
    expect(percents(computeResults(input))).toEqual([
      ['P', 61.1, 2, false],
      ['Q', 66.7, 1, true],
    ]);
  });

  it('a dimension weight changes the ranks as worked out by hand', () => {
    expect(percents(computeResults(input, { dimensions: { action: 0.5 } }))).toEqual([
      ['P', 72.9, 1, true],
      ['Q', 62.5, 2, false],
    ]);
  });

  it('a criterion weight counts the same way; the points as scored stay unweighted', () => {
    const r = computeResults(input, { criteria: { a: 0.5 } });
    expect(percents(r)).toEqual([
      ['P', 72.9, 1, true],
      ['Q', 62.5, 2, false],
    ]);
    if (r.ok) expect(r.clusters[0]!.dimensions.map((d) => d.score)).toEqual([50, 5]);
  });

  it('the rubric’s own weights count too, and overrides replace them', () => {
    const weighted = { ...input, rubric: { ...input.rubric, dimensions: input.rubric.dimensions.map((d) => (d.id === 'action' ? { ...d, weight: 0.5 } : d)) } };
    expect(percents(computeResults(weighted))).toEqual(percents(computeResults(input, { dimensions: { action: 0.5 } })));
    expect(percents(computeResults(weighted, { dimensions: { action: 1 } }))).toEqual(percents(computeResults(input)));
  });

  it('weight 0 leaves a dimension out; every weight 0 leaves nothing to rank', () => {
    expect(percents(computeResults(input, { dimensions: { action: 0 } }))).toEqual([
      ['P', 92.6, 1, true],
      ['Q', 55.6, 2, false],
    ]);
    const none = computeResults(input, { dimensions: { action: 0, growth: 0 } });
    expect(none.ok && none.clusters.map((c) => [c.rated, c.selected])).toEqual([
      [false, false],
      [false, false],
    ]);
  });
});
