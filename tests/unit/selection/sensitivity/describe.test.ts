import { describe, expect, it } from 'vitest';
import { describeChange, describeEffect, describeGroup, describeInterval, describeUnscored } from '../../../../shared/domain/selection/sensitivity/describe';
import { sensitivity } from '../../../../shared/domain/selection/sensitivity/sensitivity';
import type { GroupSensitivity, Sentence, WeightChange } from '../../../../shared/domain/selection/sensitivity/types';
import { type Catalog, catalogs } from '../../../../shared/i18n/catalogs';
import { handInput, s3, threeDims } from './handInput';

/** The sentence as the user reads it, with the factor formatted to two decimals in the language's locale. */
function say(lang: 'id' | 'en', { key, params }: Sentence): string {
  let node: string | Catalog | undefined = catalogs[lang];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`missing ${lang}:${key}`);
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const fmt = (v: string | number) => (typeof v === 'number' ? v.toLocaleString(locale, { maximumFractionDigits: 2 }) : v);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => fmt(params[name]!));
}

const names = new Map([
  ['sukabumi', 'Sukabumi'],
  ['waru', 'Waru-Sidoarjo'],
]);
const change = (over: Partial<WeightChange>): WeightChange => ({
  handle: { kind: 'dimension', id: 'action', name: 'action-taking capacity' },
  factor: 1.8,
  challenger: 'sukabumi',
  displaced: 'waru',
  kind: 'overtakes',
  ...over,
});

describe('describeChange', () => {
  it('says who overtakes whom if which weight rises beyond which factor', () => {
    expect(say('en', describeChange(change({}), names))).toBe('Sukabumi overtakes Waru-Sidoarjo if action-taking capacity weighs more than 1.8×.');
    expect(say('id', describeChange(change({}), names))).toBe(
      'Sukabumi menyalip Waru-Sidoarjo bila bobot action-taking capacity dinaikkan menjadi lebih dari 1,8×.',
    );
  });

  it('and the down case', () => {
    expect(say('en', describeChange(change({ factor: 0.6 }), names))).toBe('Sukabumi overtakes Waru-Sidoarjo if action-taking capacity weighs less than 0.6×.');
  });

  it('threshold: enters at the factor, drops beyond it', () => {
    expect(say('en', describeChange(change({ kind: 'entersThreshold', displaced: null, factor: 1.1818 }), names))).toBe(
      'Sukabumi reaches the threshold and is selected if action-taking capacity weighs 1.18× or more.',
    );
    expect(say('en', describeChange(change({ kind: 'dropsBelowThreshold', challenger: 'waru', displaced: null, factor: 0.727 }), names))).toBe(
      'Waru-Sidoarjo falls below the threshold if action-taking capacity weighs less than 0.73×.',
    );
    expect(say('id', describeChange(change({ kind: 'dropsBelowThreshold', challenger: 'waru', displaced: null, factor: 0.727 }), names))).toBe(
      'Waru-Sidoarjo turun di bawah ambang bila bobot action-taking capacity diturunkan menjadi kurang dari 0,73×.',
    );
  });

  it('a newcomer that pushes nobody out joins the selection', () => {
    expect(describeChange(change({ displaced: null }), names).key).toBe('selectionExplain.change.joinsUp');
  });
});

describe('describeGroup on hand-worked cases', () => {
  const groupOf = (input: ReturnType<typeof handInput>): GroupSensitivity => {
    const r = sensitivity(input);
    if (!r.ok) throw new Error(r.problem.code);
    return r.groups[0]!;
  };
  const ids = new Map(['X', 'Y', 'Z'].map((n) => [n, n]));

  it('the smallest change (see sensitivity.test.ts: Y passes X at D2 × 4/3)', () => {
    const g = groupOf(
      handInput(threeDims, [
        { name: 'X', scores: s3(8, 5, 5) },
        { name: 'Y', scores: s3(5, 8, 4) },
        { name: 'Z', scores: s3(4, 4, 8) },
      ]),
    );
    expect(say('en', describeGroup(g, ids, 'topN'))).toBe('Y overtakes X if D2 weighs more than 1.33×.');
  });

  it('a dominated group names its leader', () => {
    const g = groupOf(
      handInput(threeDims, [
        { name: 'X', scores: s3(8, 8, 8) },
        { name: 'Y', scores: s3(5, 7, 8) },
      ]),
    );
    expect(say('en', describeGroup(g, ids, 'topN'))).toBe('No single weight change alters the selection of this group (X leads or ties on every criterion).');
  });

  it('a tie at the cut is said, not a factor of 1', () => {
    const g = groupOf(
      handInput(threeDims, [
        { name: 'X', scores: s3(6, 6, 6) },
        { name: 'Y', scores: s3(9, 4, 5) },
      ]),
    );
    expect(describeGroup(g, ids, 'topN')).toEqual({ key: 'selectionExplain.group.tieAtCut', params: { clusters: 'X, Y' } });
  });

  it('every candidate selected', () => {
    const g = groupOf(handInput(threeDims, [{ name: 'X', scores: s3(6, 6, 6) }], { kind: 'topN', n: 3 }));
    expect(describeGroup(g, ids, 'topN').key).toBe('selectionExplain.group.allSelected');
  });
});

describe('describeInterval', () => {
  const handle = { kind: 'dimension' as const, id: 'd', name: 'd' };
  it.each([
    [0, null, 'The selection holds at any weight.'],
    [0, 1.5, 'The selection holds from 0 to 1.5×.'],
    [0.5, null, 'The selection holds from 0.5× upward.'],
    [0.5, 2.25, 'The selection holds from 0.5× to 2.25×.'],
  ])('%s – %s', (lower, upper, text) => {
    expect(say('en', describeInterval({ handle, lower, upper, below: null, above: null }))).toBe(text);
  });
});

describe('describeEffect', () => {
  const effect = { groupId: 'g', selectedOff: ['waru'], selectedOn: ['sukabumi'], entering: ['sukabumi'], leaving: ['waru'], rankChanges: [] };
  it('swaps, adds, removes, ranks only, nothing', () => {
    expect(say('en', describeEffect(effect, 'social capital', names))).toBe('With social capital counted, Sukabumi is selected instead of Waru-Sidoarjo.');
    expect(say('id', describeEffect(effect, 'modal sosial', names))).toBe('Bila modal sosial dihitung, Sukabumi terpilih menggantikan Waru-Sidoarjo.');
    expect(describeEffect({ ...effect, leaving: [] }, 's', names).key).toBe('selectionExplain.effect.adds');
    expect(describeEffect({ ...effect, entering: [] }, 's', names).key).toBe('selectionExplain.effect.removes');
    const ranksOnly = { ...effect, entering: [], leaving: [], rankChanges: [{ clusterId: 'a', off: 1, on: 2 }] };
    expect(describeEffect(ranksOnly, 's', names)).toEqual({ key: 'selectionExplain.effect.ranksOnly', params: { dimension: 's', count: 1 } });
    expect(describeEffect({ ...ranksOnly, rankChanges: [] }, 's', names).key).toBe('selectionExplain.effect.none');
  });

  it('warns when the dimension is unscored', () => {
    const d = { dimensionId: 's', name: 'Modal sosial', enabledNow: false, unscoredCells: 4, groups: [] };
    expect(say('id', describeUnscored(d)!)).toBe('Modal sosial belum dinilai (4 sel kosong): bila dihitung, hasilnya bertumpu pada nilai yang hilang.');
    expect(describeUnscored({ ...d, unscoredCells: 0 })).toBeNull();
  });
});

describe('every sentence key exists in both languages', () => {
  const keys = [
    ...['overtakesUp', 'overtakesDown', 'joinsUp', 'joinsDown', 'entersUp', 'entersDown', 'dropsUp', 'dropsDown'].map((k) => `change.${k}`),
    ...['tieAtCut', 'onThreshold', 'allSelected', 'dominantOne', 'dominantMany', 'stable'].map((k) => `group.${k}`),
    ...['between', 'upTo', 'from', 'any'].map((k) => `interval.${k}`),
    ...['swaps', 'adds', 'removes', 'ranksOnly', 'none', 'unscored'].map((k) => `effect.${k}`),
    'refused.unscored',
    'refused.noWeight',
  ];
  it.each(keys)('%s', (k) => {
    for (const lang of ['id', 'en'] as const) expect(() => say(lang, { key: `selectionExplain.${k}`, params: {} })).not.toThrow();
  });
});
