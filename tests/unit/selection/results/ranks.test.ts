import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import type { SelectionResults, SelectionRuleSpec } from '../../../../shared/domain/selection/results/types';
import { roundHalfUp } from '../../../../shared/domain/selection/results/roundHalfUp';
import { handInput, scoresOf } from './buildInput';

/* Competition ranks and the selection at the cut, worked out by hand on one criterion of 10 points. */

function ranked(points: Record<string, number>, rule: SelectionRuleSpec = { kind: 'topN', n: 1 }) {
  const table = Object.fromEntries(Object.entries(points).map(([k, v]) => [k, { c: v }]));
  const r = computeResults(
    handInput({ dimensions: [{ id: 'd', criteria: [['c', 10]] }], groups: { g: Object.keys(points) }, scores: scoresOf('s1', table), rule }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}
const field = (r: Extract<SelectionResults, { ok: true }>, key: 'rankInGroup' | 'selected' | 'tiedInGroup') =>
  Object.fromEntries(r.clusters.map((c) => [c.name, c[key]]));

describe('ranks', () => {
  it('two equal share a rank and the next rank is skipped (1, 2, 2, 4)', () => {
    const r = ranked({ A: 9, B: 7, C: 7, D: 5 });
    expect(field(r, 'rankInGroup')).toEqual({ A: 1, B: 2, C: 2, D: 4 });
    expect(field(r, 'tiedInGroup')).toEqual({ A: [], B: ['C'], C: ['B'], D: [] });
  });

  it('three equal at the top share rank 1; the next is 4', () => {
    const r = ranked({ Z: 6, Y: 6, X: 6, W: 2 });
    expect(field(r, 'rankInGroup')).toEqual({ Z: 1, Y: 1, X: 1, W: 4 });
    expect(r.groups[0]!.ranking).toEqual(['X', 'Y', 'Z', 'W']); // ties in name order for display
  });

  it('a tie at the cut selects every tied cluster and says so', () => {
    const top1 = ranked({ A: 8, B: 8, C: 3 });
    expect(field(top1, 'selected')).toEqual({ A: true, B: true, C: false });
    expect(top1.groups[0]!.tieAtCut).toBe(true);
    const top2 = ranked({ A: 9, B: 7, C: 7, D: 5 }, { kind: 'topN', n: 2 });
    expect(top2.groups[0]!.selected).toEqual(['A', 'B', 'C']);
    expect(top2.groups[0]!.tieAtCut).toBe(true);
    const clean = ranked({ A: 9, B: 7, C: 7, D: 5 }, { kind: 'topN', n: 3 });
    expect(clean.groups[0]!.selected).toEqual(['A', 'B', 'C']);
    expect(clean.groups[0]!.tieAtCut).toBe(false);
  });

  it('a threshold selects every cluster at or above it, exactly at it included', () => {
    const r = ranked({ A: 7, B: 6, C: 5.9 }, { kind: 'threshold', percent: 60 });
    expect(field(r, 'selected')).toEqual({ A: true, B: true, C: false });
    expect(r.groups[0]!.tieAtCut).toBe(false);
  });

  it('float noise does not break a tie: 0.1 + 0.2 of 1 equals 0.3 of 1', () => {
    const r = computeResults(
      handInput({
        dimensions: [
          {
            id: 'd',
            criteria: [
              ['a', 1],
              ['b', 1],
            ],
          },
        ],
        groups: { g: ['P', 'Q'] },
        scores: [
          ['P', 'a', 's1', 0.1],
          ['P', 'b', 's1', 0.2],
          ['Q', 'a', 's1', 0.3],
          ['Q', 'b', 's1', 0],
        ],
      }),
    );
    if (!r.ok) throw new Error('invalid');
    expect(r.clusters.map((c) => c.rankInGroup)).toEqual([1, 1]);
  });

  it('ranks within each group and overall', () => {
    const r = computeResults(
      handInput({
        dimensions: [{ id: 'd', criteria: [['c', 10]] }],
        groups: { g1: ['A', 'B'], g2: ['C', 'D'] },
        scores: scoresOf('s1', { A: { c: 4 }, B: { c: 8 }, C: { c: 6 }, D: { c: 8 } }),
      }),
    );
    if (!r.ok) throw new Error('invalid');
    expect(r.clusters.map((c) => [c.name, c.rankInGroup, c.rank])).toEqual([
      ['A', 2, 4],
      ['B', 1, 1],
      ['C', 2, 3],
      ['D', 1, 1],
    ]);
    expect(r.groups.map((g) => g.selected)).toEqual([['B'], ['D']]);
  });
});

describe('percent to one decimal', () => {
  it('rounds half up, also where binary floats fall just below the half', () => {
    expect(roundHalfUp(45.55)).toBe(45.6);
    expect(roundHalfUp(62.25)).toBe(62.3);
    expect(roundHalfUp(100 * (41 / 90))).toBe(45.6);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(38.94)).toBe(38.9);
  });
});
