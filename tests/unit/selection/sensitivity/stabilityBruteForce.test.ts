import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import type { SelectionInput, SelectionRuleSpec, WeightOverrides } from '../../../../shared/domain/selection/results/types';
import { sensitivity } from '../../../../shared/domain/selection/sensitivity/sensitivity';
import type { WeightHandle } from '../../../../shared/domain/selection/sensitivity/types';
import { seededRandom } from '../../../support/syntheticMap';
import { type HandDimension, handInput } from './handInput';

/*
 * The intervals against the results themselves: for random small groups (small integer scores,
 * so ties happen), the selection computed by computeResults must stay the same at sampled factors
 * inside every interval and differ just outside each bound.
 */

const dims: HandDimension[] = [
  { id: 'A', criteria: { a1: 5, a2: 5 } },
  { id: 'B', criteria: { b1: 4 } },
  { id: 'C', criteria: { c1: 3, c2: 3 } },
];
const criteria = ['a1', 'a2', 'b1', 'c1', 'c2'];
const maxOf: Record<string, number> = { a1: 5, a2: 5, b1: 4, c1: 3, c2: 3 };

function randomInput(seed: number): SelectionInput {
  const rnd = seededRandom(seed);
  const n = 2 + Math.floor(rnd() * 5);
  const rule: SelectionRuleSpec = rnd() < 0.6 ? { kind: 'topN', n: 1 + Math.floor(rnd() * 2) } : { kind: 'threshold', percent: 30 + Math.floor(rnd() * 50) };
  const clusters = Array.from({ length: n }, (_, i) => ({
    name: `K${i}`,
    scores: Object.fromEntries(criteria.map((c) => [c, Math.floor(rnd() * (maxOf[c]! + 1))])),
  }));
  return handInput(dims, clusters, rule);
}

const scaled = (h: WeightHandle, k: number): WeightOverrides => (h.kind === 'dimension' ? { dimensions: { [h.id]: k } } : { criteria: { [h.id]: k } });
const selectionWith = (input: SelectionInput, o: WeightOverrides) => {
  const r = computeResults(input, o);
  if (!r.ok) throw new Error('invalid');
  return [...r.groups[0]!.selected].sort().join(',');
};

describe('stability intervals agree with the results', () => {
  it.each(Array.from({ length: 150 }, (_, i) => i + 1))('random case %i', (seed) => {
    const input = randomInput(seed);
    const r = sensitivity(input);
    if (!r.ok) throw new Error(r.problem.code);
    const g = r.groups[0]!;
    const now = selectionWith(input, {});
    for (const i of g.intervals) {
      // Inside: strictly between the bounds (a bound of exactly 1 leaves no inside on that side).
      const hi = i.upper ?? 20;
      const lo = i.lower;
      for (const f of [0.1, 0.3, 0.5, 0.7, 0.9]) {
        const k = lo + (hi - lo) * f;
        if (k <= 0 || Math.abs(k - 1) < 1e-9) continue;
        if (k > lo * 1.0001 && k < hi * 0.9999) expect(selectionWith(input, scaled(i.handle, k)), `${i.handle.id} ×${k} inside`).toBe(now);
      }
      // Just outside: the selection differs, and the reported change is what happens.
      if (i.upper !== null) {
        const k = i.upper * 1.0001 + 1e-9;
        const sel = selectionWith(input, scaled(i.handle, k));
        expect(sel, `${i.handle.id} above ${i.upper}`).not.toBe(now);
        const change = i.above!;
        if (change.kind !== 'dropsBelowThreshold') expect(sel.split(',')).toContain(change.challenger);
        if (change.displaced) expect(sel.split(',')).not.toContain(change.displaced);
      }
      if (i.lower > 0) {
        const k = i.lower * 0.9999 - 1e-9;
        if (k > 0) expect(selectionWith(input, scaled(i.handle, k)), `${i.handle.id} below ${i.lower}`).not.toBe(now);
      }
    }
  });
});
