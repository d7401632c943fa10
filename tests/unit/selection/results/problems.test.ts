import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../shared/i18n/catalogs';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import type { SelectionInput, SelectionProblem } from '../../../../shared/domain/selection/results/types';
import { validateSelectionInput } from '../../../../shared/domain/selection/results/validateSelectionInput';
import { handInput } from './buildInput';

/* Every reason an input gives no results, with the names that let a person fix it. */

const valid = () =>
  handInput({
    dimensions: [
      { id: 'd', criteria: [['c', 10]] },
      { id: 'soc', optional: true, enabled: true, criteria: [['t', 5]] },
    ],
    groups: { g1: ['A', 'B'], g2: ['C'] },
    scores: [['A', 'c', 's1', 5]],
  });

function problemsOf(change: (i: SelectionInput) => SelectionInput): SelectionProblem[] {
  const input = change(valid());
  const r = computeResults(input);
  expect(r.ok).toBe(false);
  const problems = r.ok ? [] : r.problems;
  expect(problems).toEqual(validateSelectionInput(input));
  return problems;
}

const lookup = (lang: 'id' | 'en', key: string) => key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], catalogs[lang]);

describe('validateSelectionInput', () => {
  it('passes a valid input', () => {
    expect(validateSelectionInput(valid())).toEqual([]);
    expect(computeResults(valid()).ok).toBe(true);
  });

  it.each<[string, (i: SelectionInput) => SelectionInput, SelectionProblem]>([
    [
      'an empty group',
      (i) => ({ ...i, groups: [...i.groups, { id: 'g3', name: 'Kosong' }] }),
      { code: 'selectionIo.problems.emptyGroup', params: { group: 'Kosong' } },
    ],
    ['no candidates', (i) => ({ ...i, groups: [], candidates: [], scores: [] }), { code: 'selectionIo.problems.noCandidates', params: {} }],
    [
      'a candidate in an unknown group',
      (i) => ({ ...i, candidates: [...i.candidates, { clusterId: 'X', name: 'X', groupId: 'nope' }] }),
      { code: 'selectionIo.problems.unknownGroup', params: { cluster: 'X' } },
    ],
    [
      'a duplicated candidate',
      (i) => ({ ...i, candidates: [...i.candidates, { clusterId: 'A', name: 'A', groupId: 'g2' }] }),
      { code: 'selectionIo.problems.duplicateCandidate', params: { cluster: 'A' } },
    ],
    [
      'a score above its maximum',
      (i) => ({ ...i, scores: [{ clusterId: 'B', criterionId: 'c', scorerId: 's1', value: 11 }] }),
      { code: 'selectionIo.problems.scoreAboveMax', params: { cluster: 'B', criterion: 'C', value: 11, max: 10 } },
    ],
    [
      'a score below zero',
      (i) => ({ ...i, scores: [{ clusterId: 'B', criterionId: 'c', scorerId: 's1', value: -1 }] }),
      { code: 'selectionIo.problems.scoreBelowZero', params: { cluster: 'B', criterion: 'C', value: -1 } },
    ],
    [
      'a score that is not finite',
      (i) => ({ ...i, scores: [{ clusterId: 'B', criterionId: 'c', scorerId: 's1', value: NaN }] }),
      { code: 'selectionIo.problems.scoreNotNumber', params: { cluster: 'B', criterion: 'C' } },
    ],
    [
      'a consensus above its maximum',
      (i) => ({ ...i, consensus: [{ clusterId: 'B', criterionId: 't', value: 6 }] }),
      { code: 'selectionIo.problems.scoreAboveMax', params: { cluster: 'B', criterion: 'T', value: 6, max: 5 } },
    ],
    [
      'a score for an unknown criterion',
      (i) => ({ ...i, scores: [{ clusterId: 'B', criterionId: 'zz', scorerId: 's1', value: 1 }] }),
      { code: 'selectionIo.problems.unknownCriterion', params: { criterion: 'zz' } },
    ],
    [
      'a score for an unknown cluster',
      (i) => ({ ...i, scores: [{ clusterId: 'Q', criterionId: 'c', scorerId: 's1', value: 1 }] }),
      { code: 'selectionIo.problems.unknownCluster', params: { cluster: 'Q' } },
    ],
    [
      'a score of an unknown scorer',
      (i) => ({ ...i, scores: [{ clusterId: 'B', criterionId: 'c', scorerId: 'who', value: 1 }] }),
      { code: 'selectionIo.problems.unknownScorer', params: { scorer: 'who' } },
    ],
    [
      'two scores of one scorer for one cell',
      (i) => ({ ...i, scores: [...i.scores, ...i.scores] }),
      { code: 'selectionIo.problems.duplicateScore', params: { cluster: 'A', criterion: 'C', scorer: 's1' } },
    ],
    ['a bad top N', (i) => ({ ...i, rule: { kind: 'topN', n: 0 } }), { code: 'selectionIo.problems.badTopN', params: { value: 0 } }],
    ['a bad threshold', (i) => ({ ...i, rule: { kind: 'threshold', percent: 101 } }), { code: 'selectionIo.problems.badThreshold', params: { value: 101 } }],
  ])('refuses %s', (_, change, expected) => {
    expect(problemsOf(change)).toEqual([expected]);
  });

  it('refuses a rubric whose maxima do not add up to its stated total, naming the dimension', () => {
    const problems = problemsOf((i) => ({
      ...i,
      rubric: { ...i.rubric, dimensions: i.rubric.dimensions.map((d) => (d.id === 'd' ? { ...d, total: 54 } : d)) },
    }));
    expect(problems).toEqual([
      { code: 'selectionIo.problems.rubric', params: { where: 'D', reason: 'selection.validation.totalMismatch', sum: 10, total: 54 } },
    ]);
  });

  it('refuses a rubric with no dimension on, and overrides that switch the last one off', () => {
    const off = (i: SelectionInput) => ({ ...i, rubric: { ...i.rubric, dimensions: [{ ...i.rubric.dimensions[1]!, enabled: false }] }, scores: [] });
    expect(problemsOf(off).map((p) => p.params.reason)).toContain('selection.validation.noDimensionOn');
    const onlyOptional = (i: SelectionInput) => ({ ...i, rubric: { ...i.rubric, dimensions: [i.rubric.dimensions[1]!] }, scores: [] });
    const r = computeResults(onlyOptional(valid()), { enabled: { soc: false } });
    expect(r.ok ? [] : r.problems).toEqual([{ code: 'selectionIo.problems.noDimensionOn', params: {} }]);
  });

  it('refuses a weight override that is negative or not a number', () => {
    const r = computeResults(valid(), { dimensions: { d: -1 }, criteria: { c: NaN } });
    expect(r.ok ? [] : r.problems.map((p) => p.params.key)).toEqual(['d', 'c']);
  });

  it('has a message for every code in both languages', () => {
    const codes = [
      'emptyGroup',
      'noCandidates',
      'unknownGroup',
      'duplicateCandidate',
      'scoreAboveMax',
      'scoreBelowZero',
      'scoreNotNumber',
      'unknownCriterion',
      'unknownCluster',
      'unknownScorer',
      'duplicateScore',
      'badTopN',
      'badThreshold',
      'rubric',
      'noDimensionOn',
      'badWeight',
    ];
    for (const lang of ['id', 'en'] as const) for (const c of codes) expect(typeof lookup(lang, `selectionIo.problems.${c}`), `${lang} ${c}`).toBe('string');
  });
});
