import { describe, expect, it } from 'vitest';
import { compareScorers } from '../../../../shared/domain/selection/results/compareScorers';
import { handInput, scoresOf } from './buildInput';

/*
 * Three scorers, one group of three clusters, one criterion of 10.
 *   s1: A 9, B 6, C 3   s2: A 8, B 5, C 2   s3: A 1, B 5, C 9 (the reverse)
 * Group means: A 6, B 5.33, C 4.67 → A 1, B 2, C 3.
 */
const input = handInput({
  dimensions: [{ id: 'd', criteria: [['c', 10]] }],
  groups: { g: ['A', 'B', 'C'] },
  scorers: ['s1', 's2', 's3'],
  scores: [
    ...scoresOf('s1', { A: { c: 9 }, B: { c: 6 }, C: { c: 3 } }),
    ...scoresOf('s2', { A: { c: 8 }, B: { c: 5 }, C: { c: 2 } }),
    ...scoresOf('s3', { A: { c: 1 }, B: { c: 5 }, C: { c: 9 } }),
  ],
});

describe('compareScorers', () => {
  const [s1, s2, s3] = compareScorers(input);

  it('gives rho 1 to a scorer who ranks as the group does, −1 to one who ranks the reverse', () => {
    expect(s1!.spearman).toBeCloseTo(1, 12);
    expect(s2!.spearman).toBeCloseTo(1, 12);
    expect(s3!.spearman).toBeCloseTo(-1, 12);
    expect([s1!.complete, s2!.complete, s3!.complete]).toEqual([true, true, true]);
  });

  it('lists where the scorer’s rank differs from the group’s', () => {
    expect(s1!.shifts).toEqual([]);
    expect(s3!.shifts).toEqual([
      { clusterId: 'A', groupRank: 1, ownRank: 3 },
      { clusterId: 'C', groupRank: 3, ownRank: 1 },
    ]);
  });

  it('lists the cells furthest from the group’s value first', () => {
    expect(s3!.deviations.map((d) => [d.clusterId, d.own, Number(d.group.toFixed(2))])).toEqual([
      ['A', 1, 6],
      ['C', 9, 4.67],
      ['B', 5, 5.33],
    ]);
  });

  it('says when a scorer is not complete, and gives no rho where it is undefined', () => {
    const partial = compareScorers({ ...input, scores: input.scores.filter((s) => !(s.scorerId === 's1' && s.clusterId !== 'A')) });
    expect(partial[0]).toMatchObject({ complete: false, spearman: null, shifts: [] });
  });
});
