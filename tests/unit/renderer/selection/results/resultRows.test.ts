import { describe, expect, it } from 'vitest';
import { agreementKey, byAgreement } from '../../../../../renderer/src/features/selection/results/agreementKey';
import { resultFormat } from '../../../../../renderer/src/features/selection/results/resultFormat';
import { groupTables, rankChanges } from '../../../../../renderer/src/features/selection/results/resultRows';
import { overridesOf } from '../../../../../renderer/src/features/selection/results/triedWeights';
import { computeResults } from '../../../../../shared/domain/selection/results/computeResults';
import type { SelectionResults } from '../../../../../shared/domain/selection/results/types';
import { handInput, scoresOf } from '../../../selection/results/buildInput';

const ok = (r: SelectionResults) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

// Two groups in Table 3.1's totals (growth /54, action /36).
const input = handInput({
  dimensions: [
    { id: 'growth', criteria: [['g', 54]] },
    { id: 'action', criteria: [['a', 36]] },
  ],
  groups: { metal: ['Tegal', 'Sukabumi', 'Waru-Sidoarjo'], domestic: ['OKI', 'Mampang', 'Kebumen'] },
  scores: scoresOf('s1', {
    Tegal: { g: 31, a: 10 },
    Sukabumi: { g: 33, a: 18 },
    'Waru-Sidoarjo': { g: 38, a: 21 },
    OKI: { g: 30, a: 7 },
    Mampang: { g: 27, a: 11 },
    Kebumen: { g: 36, a: 21 },
  }),
});

describe('groupTables', () => {
  it('lays the results out group by group, each in rank order, as Table 3.1', () => {
    const tables = groupTables(ok(computeResults(input)));
    expect(tables.map((g) => [g.group.name, g.rows.map((c) => `${c.rankInGroup} ${c.name} ${c.percent}${c.selected ? ' ✓' : ''}`)])).toEqual([
      ['metal', ['1 Waru-Sidoarjo 65.6 ✓', '2 Sukabumi 56.7', '3 Tegal 45.6']],
      ['domestic', ['1 Kebumen 63.3 ✓', '2 Mampang 42.2', '3 OKI 41.1']],
    ]);
  });
});

describe('rankChanges', () => {
  it('reports no move when the tried weights keep every rank (Table 3.1 ranked on action-taking capacity alone)', () => {
    const saved = ok(computeResults(input));
    // Growth ×0: metal Waru 21 > Sukabumi 18 > Tegal 10, domestic Kebumen 21 > Mampang 11 > OKI 7: the same order as the totals.
    const tried = ok(computeResults(input, overridesOf(input.rubric, { dimensions: { growth: 0 }, criteria: {}, enabled: {} })));
    const changes = rankChanges(saved, tried);
    expect([...changes.values()].every((c) => c.gained === 0 && c.wasSelected === c.isSelected)).toBe(true);
    expect(changes.get('Waru-Sidoarjo')).toEqual({ before: 1, after: 1, gained: 0, wasSelected: true, isSelected: true });
  });

  it('reports a selection change: a lone scorer’s favourite overtakes under a heavier weight', () => {
    const two = handInput({
      dimensions: [
        { id: 'd1', criteria: [['c1', 10]] },
        { id: 'd2', criteria: [['c2', 10]] },
      ],
      groups: { g: ['A', 'B'] },
      scores: scoresOf('s1', { A: { c1: 9, c2: 2 }, B: { c1: 4, c2: 6 } }),
    });
    const saved = ok(computeResults(two));
    // d2 ×3: A = 9 + 6 = 15, B = 4 + 18 = 22 → B first.
    const tried = ok(computeResults(two, overridesOf(two.rubric, { dimensions: { d2: 3 }, criteria: {}, enabled: {} })));
    expect(rankChanges(saved, tried).get('B')).toEqual({ before: 2, after: 1, gained: 1, wasSelected: false, isSelected: true });
    expect(rankChanges(saved, tried).get('A')).toEqual({ before: 1, after: 2, gained: -1, wasSelected: true, isSelected: false });
  });
});

describe('resultFormat', () => {
  it('prints percentages to one decimal in the user’s locale, and a missing figure as a dash', () => {
    const id = resultFormat('id-ID');
    const en = resultFormat('en-GB');
    expect(id.percent(45.6)).toBe('45,6');
    expect(en.percent(45.6)).toBe('45.6');
    expect(id.percent(65)).toBe('65,0');
    expect(id.percent(null)).toBe('—');
    expect(id.factor(1.8)).toBe('×1,8');
    expect(id.points(4.3333)).toBe('4,33');
    expect(id.coefficient(-0.5)).toBe('-0,50');
  });
});

describe('agreement', () => {
  it('words ρ and puts the most different scorer first', () => {
    expect(agreementKey(1)).toBe('selectionResults.scorers.agreement.same');
    expect(agreementKey(-0.8)).toBe('selectionResults.scorers.agreement.opposite');
    expect(agreementKey(null)).toBe('selectionResults.scorers.agreement.undefined');
    const rows = [
      { name: 'Ani', spearman: 0.9 },
      { name: 'Budi', spearman: null },
      { name: 'Citra', spearman: -0.2 },
    ];
    expect(rows.sort(byAgreement).map((r) => r.name)).toEqual(['Citra', 'Ani', 'Budi']);
  });
});
