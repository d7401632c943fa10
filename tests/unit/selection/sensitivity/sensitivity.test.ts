import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import { sensitivity } from '../../../../shared/domain/selection/sensitivity/sensitivity';
import type { GroupSensitivity, SensitivityResult, StabilityInterval } from '../../../../shared/domain/selection/sensitivity/types';
import { handInput, s3, threeDims } from './handInput';

const groupsOf = (r: SensitivityResult): GroupSensitivity[] => {
  if (!r.ok) throw new Error(`refused: ${r.problem.code}`);
  return r.groups;
};
const intervalOf = (g: GroupSensitivity, id: string): StabilityInterval => g.intervals.find((i) => i.handle.id === id)!;

describe('sensitivity: top N, worked by hand', () => {
  /*
   * D1, D2, D3 of maximum 10, weights 1; top 1.
   *   X: 8 5 5 = 18   Y: 5 8 4 = 17   Z: 4 4 8 = 16      X is selected.
   * Scale D2 by k: X = 13 + 5k, Y = 9 + 8k, Z = 12 + 4k.
   *   Y draws level at 13 + 5k = 9 + 8k → k = 4/3; Z never (13 + 5k = 12 + 4k → k = −1).
   * Scale D1 by k: X = 10 + 8k, Y = 12 + 5k → k = 2/3; Z = 12 + 4k → k = 1/2. Going down, Y first.
   * Scale D3 by k: X = 13 + 5k, Y = 13 + 4k → k = 0 (not a weight > 0); Z = 8 + 8k → k = 5/3.
   * Smallest |ln k|: ln(4/3) = 0.288 < |ln(2/3)| = 0.405 < ln(5/3) = 0.511 → "Y overtakes X if D2 weighs more than 1.33×".
   */
  const input = handInput(threeDims, [
    { name: 'X', scores: s3(8, 5, 5) },
    { name: 'Y', scores: s3(5, 8, 4) },
    { name: 'Z', scores: s3(4, 4, 8) },
  ]);

  it('finds each weight’s stability interval and the pair that bounds it', () => {
    const [g] = groupsOf(sensitivity(input));
    expect(g!.selected).toEqual(['X']);
    const d1 = intervalOf(g!, 'D1');
    expect(d1.lower).toBeCloseTo(2 / 3, 12);
    expect(d1.upper).toBeNull();
    expect(d1.below).toMatchObject({ challenger: 'Y', displaced: 'X', kind: 'overtakes' });
    const d2 = intervalOf(g!, 'D2');
    expect(d2.lower).toBe(0);
    expect(d2.upper).toBeCloseTo(4 / 3, 12);
    expect(d2.above).toMatchObject({ challenger: 'Y', displaced: 'X' });
    const d3 = intervalOf(g!, 'D3');
    expect(d3.lower).toBe(0);
    expect(d3.upper).toBeCloseTo(5 / 3, 12);
    expect(d3.above).toMatchObject({ challenger: 'Z', displaced: 'X' });
  });

  it('reports the smallest change by |ln factor|', () => {
    const [g] = groupsOf(sensitivity(input));
    expect(g!.smallest).toMatchObject({ handle: { kind: 'dimension', id: 'D2' }, challenger: 'Y', displaced: 'X', kind: 'overtakes' });
    expect(g!.smallest!.factor).toBeCloseTo(4 / 3, 12);
    expect(g!.noChange).toBeNull();
    expect(g!.tieAtCut).toEqual([]);
  });

  it('the change is real: just beyond the factor the results select Y, just before they keep X', () => {
    const beyond = computeResults(input, { dimensions: { D2: (4 / 3) * 1.001 } });
    const before = computeResults(input, { dimensions: { D2: (4 / 3) * 0.999 } });
    expect(beyond.ok && beyond.groups[0]!.selected).toEqual(['Y']);
    expect(before.ok && before.groups[0]!.selected).toEqual(['X']);
  });

  it('works around the slider weights: factors are relative to the overridden weight', () => {
    // D2 at 1.2: X = 8 + 6 + 5 = 19, Y = 5 + 9.6 + 4 = 18.6; scale D2 by k: 13 + 6k = 9 + 9.6k → k = 4/3.6 = 1.111…
    const [g] = groupsOf(sensitivity(input, { dimensions: { D2: 1.2 } }));
    expect(g!.smallest!.handle.id).toBe('D2');
    expect(g!.smallest!.factor).toBeCloseTo(4 / 3.6, 12);
  });

  it('×2 and ×0.5 are equally far: with two dimensions, raising one is lowering the other', () => {
    /*
     * G (max 54), A (max 36). X: 40 + 20 = 60, Y: 32 + 27 = 59; top 1 → X.
     * A by k: 40 + 20k = 32 + 27k → k = 8/7. G by k: 40k + 20 = 32k + 27 → k = 7/8.
     * |ln(8/7)| = |ln(7/8)|: the same change of balance; the earlier handle (G) is reported.
     */
    const two = handInput(
      [
        { id: 'G', criteria: { Gc: 54 } },
        { id: 'A', criteria: { Ac: 36 } },
      ],
      [
        { name: 'X', scores: { Gc: 40, Ac: 20 } },
        { name: 'Y', scores: { Gc: 32, Ac: 27 } },
      ],
    );
    const [g] = groupsOf(sensitivity(two));
    expect(intervalOf(g!, 'A').upper).toBeCloseTo(8 / 7, 12);
    expect(intervalOf(g!, 'G').lower).toBeCloseTo(7 / 8, 12);
    expect(g!.smallest!.handle.id).toBe('G');
    expect(g!.smallest!.factor).toBeCloseTo(7 / 8, 12);
  });

  it('a lone criterion is not a separate handle; criteria of a larger dimension are', () => {
    /*
     * D1 = c1 (max 10) + c2 (max 10); D2 = c3 (max 10). Top 1.
     *   X: c1 8, c2 2, c3 6 = 16    Y: c1 2, c2 7, c3 5 = 14    X selected, lead 2.
     * c1 by k: lead 2 + (k − 1)(8 − 2) → k = 1 − 2/6 = 2/3.  c2 by k: 2 + (k − 1)(2 − 7) → k = 1 + 2/5 = 1.4.
     * D1 by k: 2 + (k − 1)(10 − 9) → k = −1: never.  D2 by k: 2 + (k − 1)(6 − 5) → never.
     * Smallest: ln 1.4 = 0.336 < |ln(2/3)| = 0.405 → "Y overtakes X if c2 weighs more than 1.4×".
     */
    const crit = handInput(
      [
        { id: 'D1', criteria: { c1: 10, c2: 10 } },
        { id: 'D2', criteria: { c3: 10 } },
      ],
      [
        { name: 'X', scores: { c1: 8, c2: 2, c3: 6 } },
        { name: 'Y', scores: { c1: 2, c2: 7, c3: 5 } },
      ],
    );
    const [g] = groupsOf(sensitivity(crit));
    expect(g!.intervals.map((i) => `${i.handle.kind}:${i.handle.id}`)).toEqual(['dimension:D1', 'criterion:c1', 'criterion:c2', 'dimension:D2']);
    expect(intervalOf(g!, 'c1').lower).toBeCloseTo(2 / 3, 12);
    expect(intervalOf(g!, 'c2').upper).toBeCloseTo(1.4, 12);
    expect(intervalOf(g!, 'D1')).toMatchObject({ lower: 0, upper: null });
    expect(intervalOf(g!, 'D2')).toMatchObject({ lower: 0, upper: null });
    expect(g!.smallest).toMatchObject({ handle: { kind: 'criterion', id: 'c2' }, challenger: 'Y', displaced: 'X' });
    expect(g!.smallest!.factor).toBeCloseTo(1.4, 12);
  });

  it('follows k down to near zero', () => {
    /*
     * D1, D2 of maximum 100. X: 50 + 40 = 90, Y: 0 + 41 = 41. Top 1 → X.
     * D1 by k: lead 49 + (k − 1)·50 → k = 1 − 49/50 = 0.02: Y leads only once D1 almost stops counting.
     */
    const low = handInput(
      [
        { id: 'D1', criteria: { a: 100 } },
        { id: 'D2', criteria: { b: 100 } },
      ],
      [
        { name: 'X', scores: { a: 50, b: 40 } },
        { name: 'Y', scores: { a: 0, b: 41 } },
      ],
    );
    const [g] = groupsOf(sensitivity(low));
    expect(intervalOf(g!, 'D1').lower).toBeCloseTo(0.02, 12);
    expect(intervalOf(g!, 'D1').below).toMatchObject({ challenger: 'Y', displaced: 'X' });
    // D2 by k: 49 + (k − 1)(40 − 41) → k = 50: far, but that is the only way up.
    expect(intervalOf(g!, 'D2').upper).toBeCloseTo(50, 10);
    // |ln 0.02| = 3.91 < ln 50 = 3.91? ln 50 = 3.912, |ln 0.02| = 3.912: equal (again one is the other's inverse); D1 first.
    expect(g!.smallest!.handle.id).toBe('D1');
  });

  it('a weight of zero has no interval to speak of', () => {
    const zero = handInput(
      [
        { id: 'D1', criteria: { a: 10 }, weight: 0 },
        { id: 'D2', criteria: { b: 10 } },
      ],
      [
        { name: 'X', scores: { a: 0, b: 9 } },
        { name: 'Y', scores: { a: 10, b: 8 } },
      ],
    );
    const [g] = groupsOf(sensitivity(zero));
    expect(intervalOf(g!, 'D1')).toMatchObject({ lower: 0, upper: null, below: null, above: null });
  });
});

describe('sensitivity: no change possible', () => {
  it('a dominated group: the leader scores at least as high on every criterion', () => {
    // X: 8 8 8; Y: 5 7 8 (level on D3); Z: 3 3 3. Every line of X stays above the others' for every k > 0.
    const input = handInput(threeDims, [
      { name: 'X', scores: s3(8, 8, 8) },
      { name: 'Y', scores: s3(5, 7, 8) },
      { name: 'Z', scores: s3(3, 3, 3) },
    ]);
    const [g] = groupsOf(sensitivity(input));
    expect(g!.smallest).toBeNull();
    expect(g!.noChange).toBe('dominant');
    for (const i of g!.intervals) expect(i).toMatchObject({ lower: 0, upper: null });
  });

  it('every candidate selected', () => {
    const input = handInput(
      threeDims,
      [
        { name: 'X', scores: s3(1, 2, 3) },
        { name: 'Y', scores: s3(3, 2, 1) },
      ],
      { kind: 'topN', n: 2 },
    );
    const [g] = groupsOf(sensitivity(input));
    expect(g!.noChange).toBe('allSelected');
  });

  it('JICA Table 3.1: each pilot leads on both published totals, so no single weight change alters a group', () => {
    const rows: [string, string, number, number][] = [
      ['metal', 'Tegal', 31, 10],
      ['metal', 'Sukabumi', 33, 18],
      ['metal', 'Waru-Sidoarjo', 38, 21],
      ['export', 'Serenan-Klaten', 36, 20],
      ['export', 'Amuntai', 30, 5],
      ['export', '50 Kota', 29, 8],
      ['export', 'Garut', 33, 5],
      ['domestic', 'OKI-Tanjung Batu', 30, 7],
      ['domestic', 'Mampang/Bekasi', 27, 11],
      ['domestic', 'Kebumen', 36, 21],
    ];
    const input = handInput(
      [
        { id: 'growth', criteria: { growthTotal: 54 } },
        { id: 'action', criteria: { actionTotal: 36 } },
      ],
      rows.map(([group, name, growthTotal, actionTotal]) => ({ name, group, scores: { growthTotal, actionTotal } })),
    );
    const groups = groupsOf(sensitivity(input));
    expect(groups.map((g) => [g.selected, g.noChange])).toEqual([
      [['Waru-Sidoarjo'], 'dominant'],
      [['Serenan-Klaten'], 'dominant'],
      [['Kebumen'], 'dominant'],
    ]);
  });
});

describe('sensitivity: ties at the cut', () => {
  it('says so instead of reporting factor 1', () => {
    // X: 6 6 6 = 18 and Y: 9 4 5 = 18 share rank 1 (both selected); they differ on every dimension, so any move splits them.
    const input = handInput(threeDims, [
      { name: 'X', scores: s3(6, 6, 6) },
      { name: 'Y', scores: s3(9, 4, 5) },
      { name: 'Z', scores: s3(3, 3, 3) },
    ]);
    const [g] = groupsOf(sensitivity(input));
    expect(g!.selected.sort()).toEqual(['X', 'Y']);
    expect(g!.tieAtCut.sort()).toEqual(['X', 'Y']);
    expect(g!.smallest).toBeNull();
    expect(g!.noChange).toBeNull();
    // D1 up favours Y (9 > 6): X drops; D1 down favours X: Y drops.
    const d1 = intervalOf(g!, 'D1');
    expect(d1).toMatchObject({ lower: 1, upper: 1 });
    expect(d1.above).toMatchObject({ challenger: 'Y', displaced: 'X', factor: 1 });
    expect(d1.below).toMatchObject({ challenger: 'X', displaced: 'Y', factor: 1 });
  });

  it('a weight on which the tied clusters agree keeps them tied; only an outsider could change it', () => {
    /*
     * X: 6 6 6 = 18, Y: 6 7 5 = 18 (tied, both selected), Z: 2 9 1 = 12.
     * D1 by k: X = Y = 12 + 6k (tie kept), Z = 10 + 2k: below them for every k > 0 → [0, ∞).
     * D2 by k: X = 12 + 6k, Y = 11 + 7k split at once → [1, 1]; and Z = 3 + 9k passes both only later.
     */
    const input = handInput(threeDims, [
      { name: 'X', scores: s3(6, 6, 6) },
      { name: 'Y', scores: s3(6, 7, 5) },
      { name: 'Z', scores: s3(2, 9, 1) },
    ]);
    const [g] = groupsOf(sensitivity(input));
    expect(intervalOf(g!, 'D1')).toMatchObject({ lower: 0, upper: null });
    expect(intervalOf(g!, 'D2')).toMatchObject({ lower: 1, upper: 1 });
  });
});

describe('sensitivity: threshold, worked by hand', () => {
  /*
   * Threshold 58 %. Maximum 30. X: 8 5 5 = 60 % (selected), Y: 5 8 4 = 56.7 %, Z: 4 4 8 = 53.3 %.
   * A cluster crosses where its points meet 58 % of the moving maximum (20 + 10k for one dimension):
   * D2 by k: X: 13 + 5k − 0.58(20 + 10k) = 1.4 − 0.8k → drops beyond k = 1.75;
   *          Y: 9 + 8k − 11.6 − 5.8k = −2.6 + 2.2k → enters at k = 13/11 = 1.1818;
   *          Z: 12 + 4k − 11.6 − 5.8k = 0.4 − 1.8k → enters at k = 2/9 going down.
   * D1 by k: X: −1.6 + 2.2k → drops below k = 8/11 = 0.727; Y: 0.4 − 0.8k → enters at 0.5; Z at 2/9.
   * D3 by k: X: 1.4 − 0.8k → 1.75; Y: 1.4 − 1.8k → enters at 7/9 = 0.778; Z: −3.6 + 2.2k → enters at 18/11 = 1.636.
   * Smallest |ln k|: ln(13/11) = 0.167 → "Y reaches the threshold if D2 weighs 1.18× or more".
   */
  const input = handInput(
    threeDims,
    [
      { name: 'X', scores: s3(8, 5, 5) },
      { name: 'Y', scores: s3(5, 8, 4) },
      { name: 'Z', scores: s3(4, 4, 8) },
    ],
    { kind: 'threshold', percent: 58 },
  );

  it('crossings against the moving maximum', () => {
    const [g] = groupsOf(sensitivity(input));
    expect(g!.selected).toEqual(['X']);
    const d2 = intervalOf(g!, 'D2');
    expect(d2.upper).toBeCloseTo(13 / 11, 12);
    expect(d2.above).toMatchObject({ challenger: 'Y', displaced: null, kind: 'entersThreshold' });
    expect(d2.lower).toBeCloseTo(2 / 9, 12);
    expect(d2.below).toMatchObject({ challenger: 'Z', kind: 'entersThreshold' });
    const d1 = intervalOf(g!, 'D1');
    expect(d1.lower).toBeCloseTo(8 / 11, 12);
    expect(d1.below).toMatchObject({ challenger: 'X', kind: 'dropsBelowThreshold' });
    expect(d1.upper).toBeNull();
    const d3 = intervalOf(g!, 'D3');
    expect(d3.upper).toBeCloseTo(18 / 11, 12);
    expect(d3.lower).toBeCloseTo(7 / 9, 12);
    expect(g!.smallest).toMatchObject({ handle: { id: 'D2' }, challenger: 'Y', kind: 'entersThreshold' });
  });

  it('the results agree at the factor: Y is selected at 13/11, not just below', () => {
    const at = computeResults(input, { dimensions: { D2: (13 / 11) * 1.0000001 } });
    const below = computeResults(input, { dimensions: { D2: (13 / 11) * 0.999 } });
    expect(at.ok && at.groups[0]!.selected.sort()).toEqual(['X', 'Y']);
    expect(below.ok && below.groups[0]!.selected).toEqual(['X']);
  });

  it('a cluster exactly on the threshold drops on the side where its share falls behind', () => {
    // X: 6 6 6 = 60 % exactly on a 60 % threshold; Y: 9 1 2 = 40 %. D1 of X = 6 = 60 % of 10: level with the threshold,
    // so X's slope on D1 is 6 − 0.6·10 = 0 (no effect). Swap D2 to 8 and D3 to 4: slope on D2 is 8 − 6 = 2 > 0 → drops going down.
    const onLine = handInput(
      threeDims,
      [
        { name: 'X', scores: s3(6, 8, 4) },
        { name: 'Y', scores: s3(9, 1, 2) },
      ],
      { kind: 'threshold', percent: 60 },
    );
    const [g] = groupsOf(sensitivity(onLine));
    expect(g!.tieAtCut).toEqual(['X']);
    expect(intervalOf(g!, 'D2')).toMatchObject({ lower: 1 });
    expect(intervalOf(g!, 'D2').below).toMatchObject({ challenger: 'X', kind: 'dropsBelowThreshold', factor: 1 });
    expect(intervalOf(g!, 'D3')).toMatchObject({ upper: 1 });
    // D1: X's share is exactly 60 % of D1's maximum, so D1 cannot move X off the line; Y (40 %) reaches 60 % where
    // 12 − 18 + (k − 1)(9 − 0.6·10) = 0 → k = 3, the only change away from factor 1, hence the smallest.
    expect(intervalOf(g!, 'D1').lower).toBe(0);
    expect(intervalOf(g!, 'D1').upper).toBeCloseTo(3, 12);
    expect(g!.smallest).toMatchObject({ handle: { id: 'D1' }, challenger: 'Y', kind: 'entersThreshold' });
  });
});

describe('sensitivity: refusals', () => {
  it('refuses while a cell is unscored: a missing score is not zero', () => {
    const input = handInput(threeDims, [
      { name: 'X', scores: s3(8, 5, 5) },
      { name: 'Y', scores: { D1c: 5, D2c: 8 } },
    ]);
    const r = sensitivity(input);
    expect(r).toEqual({ ok: false, problem: { code: 'selectionExplain.refused.unscored', params: { count: 1 } } });
  });

  it('refuses invalid input with the results’ first problem', () => {
    const input = handInput(threeDims, [{ name: 'X', scores: s3(11, 5, 5) }]);
    const r = sensitivity(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.code).toBe('selectionIo.problems.scoreAboveMax');
  });

  it('refuses when every weight is zero', () => {
    const input = handInput(threeDims, [
      { name: 'X', scores: s3(1, 5, 5) },
      { name: 'Y', scores: s3(5, 1, 1) },
    ]);
    const r = sensitivity(input, { dimensions: { D1: 0, D2: 0, D3: 0 } });
    expect(r).toEqual({ ok: false, problem: { code: 'selectionExplain.refused.noWeight', params: {} } });
  });
});
