import { describe, expect, it } from 'vitest';
import { factorMax, isUntouched, overridesOf, rubricWith, UNTOUCHED } from '../../../../../renderer/src/features/selection/results/triedWeights';
import { computeResults } from '../../../../../shared/domain/selection/results/computeResults';
import { rubricSchema } from '../../../../../shared/domain/selection/schemas';
import { handInput, handRubric } from '../../../selection/results/buildInput';

const rubric = handRubric([
  {
    id: 'growth',
    weight: 2,
    criteria: [
      ['g1', 10],
      ['g2', 10, 0],
    ],
  },
  { id: 'action', criteria: [['a1', 10, 1.5]] },
  { id: 'social', optional: true, enabled: false, criteria: [['s1', 10]] },
]);

describe('tried weights', () => {
  it('turn slider factors into the weights in force (a weight of 0 is set directly)', () => {
    const o = overridesOf(rubric, { dimensions: { growth: 1.5, action: 0 }, criteria: { g2: 2, a1: 1.15 }, enabled: { social: true } });
    expect(o.dimensions).toEqual({ growth: 3, action: 0 });
    // 1.5 × 1.15 is 1.7249999999999999 in floating point: saved as 1.725.
    expect(o.criteria).toEqual({ g2: 2, a1: 1.725 });
    expect(o.enabled).toEqual({ social: true });
  });

  it('write into the rubric what the results computed with them', () => {
    const tried = { dimensions: { action: 3 }, criteria: { g1: 0.5 }, enabled: { social: true } };
    const saved = rubricWith(rubric, tried);
    expect(rubricSchema.safeParse(saved).success).toBe(true);
    expect(saved.dimensions.map((d) => [d.id, d.weight, d.enabled])).toEqual([
      ['growth', 2, true],
      ['action', 3, true],
      ['social', 1, true],
    ]);
    const input = handInput({
      dimensions: [
        { id: 'd1', criteria: [['c1', 10]] },
        { id: 'd2', criteria: [['c2', 10]] },
      ],
      groups: { g: ['A', 'B'] },
      scores: [
        ['A', 'c1', 's1', 9],
        ['A', 'c2', 's1', 1],
        ['B', 'c1', 's1', 2],
        ['B', 'c2', 's1', 8],
      ],
    });
    const t2 = { dimensions: { d2: 2.5 }, criteria: {}, enabled: {} };
    const live = computeResults(input, overridesOf(input.rubric, t2));
    const stored = computeResults({ ...input, rubric: rubricWith(input.rubric, t2) });
    expect(stored).toEqual(live);
  });

  it('count as untouched when every slider is back at ×1', () => {
    expect(isUntouched(rubric, UNTOUCHED)).toBe(true);
    expect(isUntouched(rubric, { dimensions: { growth: 1 }, criteria: { g1: 1 }, enabled: { social: false } })).toBe(true);
    expect(isUntouched(rubric, { dimensions: { growth: 1.05 }, criteria: {}, enabled: {} })).toBe(false);
    expect(isUntouched(rubric, { dimensions: {}, criteria: {}, enabled: { social: true } })).toBe(false);
  });

  it('never offer a factor past the schema’s largest weight', () => {
    expect(factorMax(1)).toBe(3);
    expect(factorMax(5)).toBe(2);
    expect(factorMax(0)).toBe(3);
  });
});
