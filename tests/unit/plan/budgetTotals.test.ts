import { describe, expect, it } from 'vitest';
import { AMOUNT_MAX } from '../../../shared/domain/plan/codes';
import { budgetTotals } from '../../../shared/domain/plan/views';
import type { BudgetLine, Program } from '../../../shared/domain/plan/types';
import { activity, funding, line, plan, program } from './planFixture';
import { samplePlan } from './samplePlan';

const sumOf = (xs: { share: number }[]) => xs.reduce((s, x) => s + x.share, 0);

describe('budgetTotals', () => {
  const t = budgetTotals(samplePlan);

  it('totals the plan by source in list order, a deleted source last, sources without lines left out', () => {
    expect(t.total).toBe(14_250_000);
    expect(t.bySource.map((s) => [s.sourceId, s.amount])).toEqual([
      ['fs-swadaya', 500_000],
      ['fs-clusterForum', 1_000_000],
      ['fs-apbdKabupaten', 12_500_000],
      ['fs-gone', 250_000],
    ]);
    expect(t.bySource[2]!.share).toBeCloseTo(12.5 / 14.25, 12);
  });

  it('totals every program in plan order, zero included, and each determinant with programs, no area last', () => {
    expect(t.byProgram.map((p) => [p.programId, p.number, p.name, p.amount])).toEqual([
      ['p1', 1, 'Pelatihan 5S', 4_250_000],
      ['p2', 2, 'Pameran', 10_000_000],
      ['p3', 3, 'Kosong', 0],
    ]);
    expect(t.byArea.map((a) => [a.area, a.amount])).toEqual([
      ['factor', 4_250_000],
      ['demand', 10_000_000],
      [null, 0],
    ]);
  });

  it('fills the program × source cross-table with the pairs that have lines', () => {
    expect(t.cells).toEqual({
      p1: { 'fs-swadaya': 500_000, 'fs-clusterForum': 1_000_000, 'fs-apbdKabupaten': 2_500_000, 'fs-gone': 250_000 },
      p2: { 'fs-apbdKabupaten': 10_000_000 },
      p3: {},
    });
  });

  it('has shares that sum to 1 in each breakdown', () => {
    for (const list of [t.bySource, t.byProgram, t.byArea]) expect(sumOf(list)).toBeCloseTo(1, 12);
  });

  it('gives equal shares to equal amounts', () => {
    const doc = plan({ programs: ['a', 'b', 'c'].map((id) => program(id, { budget: [line(id, 1_000_000, 'fs-swadaya')] })) });
    const shares = budgetTotals(doc).byProgram.map((p) => p.share);
    expect(shares).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('gives all shares 0 when everything is 0, and nothing for an empty plan', () => {
    const zero = budgetTotals(plan({ programs: [program('a', { budget: [line('l', 0, 'fs-swadaya')] }), program('b')] }));
    expect(zero.total).toBe(0);
    expect(zero.bySource).toEqual([{ sourceId: 'fs-swadaya', amount: 0, share: 0 }]);
    expect(zero.byProgram.map((p) => p.share)).toEqual([0, 0]);
    expect(budgetTotals(plan())).toEqual({ total: 0, bySource: [], byProgram: [], byArea: [], cells: {} });
  });

  it('adds the largest amounts exactly', () => {
    const lines = [line('a', AMOUNT_MAX, 'fs-swadaya'), line('b', AMOUNT_MAX, 'fs-swadaya'), line('c', AMOUNT_MAX - 1, 'fs-apbdKabupaten')];
    const big = budgetTotals(plan({ programs: [program('p', { budget: lines })] }));
    expect(big.total).toBe(2_999_999_999_999);
    expect(big.bySource.map((s) => s.amount)).toEqual([2_000_000_000_000, 999_999_999_999]);
  });

  it('reads the editor’s unsaved form values as well as a plan', () => {
    const form = { programs: [{ id: 'p', name: 'Baru', area: null, budget: [{ amount: 2_500_000, sourceId: 'fs-swadaya' }] }], funding };
    expect(budgetTotals(form).total).toBe(2_500_000);
  });

  it('sums 20 programs × 1,000 lines exactly (its speed is in npm run bench)', () => {
    const programs: Program[] = Array.from({ length: 20 }, (_, p) => {
      const activities = Array.from({ length: 10 }, (_, a) => activity(`p${p}a${a}`, '2027-01', '2027-12'));
      const budget: BudgetLine[] = Array.from({ length: 1000 }, (_, l) => line(`p${p}l${l}`, 1_000 * (l + 1), funding[l % 3]!.id, `p${p}a${l % 10}`));
      return program(`p${p}`, { activities, budget, area: p % 2 ? 'factor' : null });
    });
    expect(budgetTotals(plan({ programs })).total).toBe(20 * ((1000 * 1001) / 2) * 1_000);
  });
});
