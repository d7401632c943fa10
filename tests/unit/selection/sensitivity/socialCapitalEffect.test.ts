import { describe, expect, it } from 'vitest';
import { socialCapitalEffect } from '../../../../shared/domain/selection/sensitivity/socialCapitalEffect';
import { type HandDimension, handInput } from './handInput';

/*
 * G (max 10, required) and S (social capital, optional, off), top 1.
 *   X: G 8, S 2    Y: G 7, S 9    Z: G 6, S 3
 * Off: X 80 %, Y 70 %, Z 60 % → X.   On: X 10/20 = 50 %, Y 16/20 = 80 %, Z 9/20 = 45 % → Y.
 * So switching S on selects Y instead of X; ranks: X 1 → 2, Y 2 → 1, Z 3 → 3.
 */
const dims: HandDimension[] = [
  { id: 'G', criteria: { g: 10 } },
  { id: 'S', criteria: { s: 10 }, optional: true, enabled: false },
];

describe('socialCapitalEffect', () => {
  it('compares the results with the optional dimension on and off', () => {
    const input = handInput(dims, [
      { name: 'X', scores: { g: 8, s: 2 } },
      { name: 'Y', scores: { g: 7, s: 9 } },
      { name: 'Z', scores: { g: 6, s: 3 } },
    ]);
    const r = socialCapitalEffect(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dimensions).toHaveLength(1);
    const d = r.dimensions[0]!;
    expect(d).toMatchObject({ dimensionId: 'S', name: 'S', enabledNow: false, unscoredCells: 0 });
    expect(d.groups[0]).toEqual({
      groupId: 'g',
      selectedOff: ['X'],
      selectedOn: ['Y'],
      entering: ['Y'],
      leaving: ['X'],
      rankChanges: [
        { clusterId: 'Y', off: 2, on: 1 },
        { clusterId: 'X', off: 1, on: 2 },
      ],
    });
  });

  it('keeps the other overrides and says whether the dimension is on now', () => {
    const input = handInput(dims, [
      { name: 'X', scores: { g: 8, s: 2 } },
      { name: 'Y', scores: { g: 7, s: 9 } },
    ]);
    // S weighted 0.1 when on: X 8 + 0.2 = 8.2, Y 7 + 0.9 = 7.9 → X stays.
    const r = socialCapitalEffect(input, { dimensions: { S: 0.1 }, enabled: { S: true } });
    expect(r.ok && r.dimensions[0]).toMatchObject({ enabledNow: true, groups: [{ entering: [], leaving: [], rankChanges: [] }] });
  });

  it('counts the cells of a dimension nobody has scored yet', () => {
    const input = handInput(dims, [
      { name: 'X', scores: { g: 8 } },
      { name: 'Y', scores: { g: 7 } },
    ]);
    const r = socialCapitalEffect(input);
    expect(r.ok && r.dimensions[0]!.unscoredCells).toBe(2);
  });

  it('a rubric without optional dimensions has nothing to compare', () => {
    const input = handInput([{ id: 'G', criteria: { g: 10 } }], [{ name: 'X', scores: { g: 8 } }]);
    expect(socialCapitalEffect(input)).toEqual({ ok: true, dimensions: [] });
  });

  it('passes on the problem of invalid input', () => {
    const input = handInput(dims, [{ name: 'X', scores: { g: 11, s: 2 } }]);
    const r = socialCapitalEffect(input);
    expect(!r.ok && r.problem.code).toBe('selectionIo.problems.scoreAboveMax');
  });
});
