import { describe, expect, it } from 'vitest';
import { rubricSchema, type Rubric } from '../../../../../shared/domain/selection/schemas';
import { jicaRubric } from '../../../../../shared/domain/selection/template/jicaRubric';
import {
  draftOf,
  keyFromName,
  moved,
  newCriterion,
  newDimension,
  rubricOf,
  sumOfMaxima,
} from '../../../../../renderer/src/features/selection/rubrics/rubricDraft';
import { scoresAtRisk, withDimensionEnabled } from '../../../../../renderer/src/features/selection/setup/rubricChanges';

const small: Rubric = {
  name: 'Uji',
  note: '',
  dimensions: [
    {
      id: 'growth',
      name: 'Peluang tumbuh',
      description: '',
      total: 10,
      weight: 1,
      optional: false,
      enabled: true,
      criteria: [
        { id: 'a', name: 'A', description: '', max: 6, weight: 1, determinant: 'factor' },
        { id: 'b', name: 'B', description: '', max: 4, weight: 1, determinant: 'demand' },
      ],
    },
  ],
};

describe('rubric keys from names', () => {
  it('are lower case, without accents or spaces, and valid rubric keys', () => {
    expect(keyFromName('Kondisi faktor', 'x')).toBe('kondisi-faktor');
    expect(keyFromName('  Café — 2 ', 'x')).toBe('cafe-2');
    expect(keyFromName('!!!', 'd1')).toBe('d1');
    expect(keyFromName('a'.repeat(60), 'x')).toHaveLength(32);
  });

  it('are made for new rows only, unique in the rubric; stored rows keep theirs', () => {
    const draft = draftOf(small);
    draft.dimensions[0]!.name = 'Renamed';
    draft.dimensions[0]!.criteria.push({ ...newCriterion('related'), name: 'A', max: 0 });
    draft.dimensions[0]!.criteria.push({ ...newCriterion('related'), name: 'A', max: 0 });
    const rubric = rubricOf(draft);
    expect(rubric.dimensions[0]!.id).toBe('growth');
    expect(rubric.dimensions[0]!.criteria.map((c) => c.id)).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});

describe('the draft', () => {
  it('gives the stored rubric back unchanged', () => {
    const jica = jicaRubric((k) => k);
    expect(rubricOf(draftOf(jica))).toEqual(jica);
    expect(rubricSchema.safeParse(rubricOf(draftOf(jica))).success).toBe(true);
  });

  it('sums the maxima typed so far, empty ones as nothing; the schema names an empty maximum, then the mismatch', () => {
    const draft = draftOf(small);
    draft.dimensions[0]!.criteria[1]!.max = '';
    expect(sumOfMaxima(draft.dimensions[0]!)).toBe(6);
    const parsed = rubricSchema.safeParse(rubricOf(draft));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`)).toContain('dimensions.0.criteria.1.max validation.number');
    draft.dimensions[0]!.criteria[1]!.max = 3;
    const mismatch = rubricSchema.safeParse(rubricOf(draft));
    expect(mismatch.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`)).toEqual(['dimensions.0.total selection.validation.totalMismatch']);
  });

  it('starts a new dimension with one empty criterion, invalid until filled in', () => {
    const draft = { ...draftOf(small), dimensions: [...draftOf(small).dimensions, newDimension()] };
    expect(rubricSchema.safeParse(rubricOf(draft)).success).toBe(false);
    const d = draft.dimensions[1]!;
    Object.assign(d, { name: 'Modal sosial', total: 5 });
    Object.assign(d.criteria[0]!, { name: 'Kepercayaan', max: 5 });
    const rubric = rubricOf(draft);
    expect(rubricSchema.safeParse(rubric).success).toBe(true);
    expect(rubric.dimensions[1]!.id).toBe('modal-sosial');
    expect(rubric.dimensions[1]!.criteria[0]!.id).toBe('kepercayaan');
  });

  it('moves rows up and down, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('what a new rubric does to the scores', () => {
  it('names removed criteria and lowered maxima, and nothing else', () => {
    const next: Rubric = {
      ...small,
      dimensions: [
        {
          ...small.dimensions[0]!,
          total: 9,
          criteria: [
            { ...small.dimensions[0]!.criteria[0]!, name: 'A2', max: 4 },
            { ...newCriterion(null), id: 'c', name: 'C', max: 5, weight: 1 },
          ],
        },
      ],
    };
    expect(scoresAtRisk(small, next)).toEqual({ removed: ['B'], lowered: [{ name: 'A2', from: 6, to: 4 }] });
    expect(scoresAtRisk(small, small)).toEqual({ removed: [], lowered: [] });
  });

  it('switches one optional dimension and leaves the rest', () => {
    const jica = jicaRubric((k) => k);
    const optional = jica.dimensions.find((d) => d.optional)!;
    const on = withDimensionEnabled(jica, optional.id, true);
    expect(on.dimensions.find((d) => d.id === optional.id)!.enabled).toBe(true);
    expect(on.dimensions.filter((d) => d.id !== optional.id)).toEqual(jica.dimensions.filter((d) => d.id !== optional.id));
  });
});
