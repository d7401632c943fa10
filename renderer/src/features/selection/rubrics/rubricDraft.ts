import type { Criterion, Determinant, Dimension, Rubric } from '../../../../../shared/domain/selection/schemas';

/*
 * A rubric as the editor holds it while the facilitator types: numbers may be empty, new
 * dimensions and criteria have no key yet, and every row has a local id so React keeps the
 * focus on it when rows are reordered.
 */

/** A number field as typed: empty until something is typed (the schema says "a number, please"). */
export type DraftNumber = number | '';

export interface CriterionDraft extends Omit<Criterion, 'max' | 'weight'> {
  uid: string;
  max: DraftNumber;
  weight: DraftNumber;
}

export interface DimensionDraft extends Omit<Dimension, 'total' | 'weight' | 'criteria'> {
  uid: string;
  total: DraftNumber;
  weight: DraftNumber;
  criteria: CriterionDraft[];
}

export interface RubricDraft extends Omit<Rubric, 'dimensions'> {
  dimensions: DimensionDraft[];
}

let nextUid = 0;
const uid = () => `row-${++nextUid}`;

/** The editor's copy of a stored rubric. */
export function draftOf(rubric: Rubric): RubricDraft {
  return {
    ...rubric,
    dimensions: rubric.dimensions.map((d) => ({ ...d, uid: uid(), criteria: d.criteria.map((c) => ({ ...c, uid: uid() })) })),
  };
}

/** A criterion to fill in; its key comes from its name. */
export function newCriterion(determinant: Determinant | null): CriterionDraft {
  return { uid: uid(), id: '', name: '', description: '', max: '', weight: 1, determinant };
}

/** A dimension to fill in, with one empty criterion (a dimension needs one). */
export function newDimension(): DimensionDraft {
  return { uid: uid(), id: '', name: '', description: '', total: '', weight: 1, optional: false, enabled: true, criteria: [newCriterion(null)] };
}

const KEY_LENGTH = 32;

/** A rubric key from a name: "Kondisi faktor" → "kondisi-faktor"; letters with accents lose them. */
export function keyFromName(name: string, fallback: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, KEY_LENGTH)
    .replace(/-+$/, '');
  return key || fallback;
}

/** `base`, or `base-2`, `base-3` … : the first that no other dimension or criterion holds. */
function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/**
 * The rubric to validate and save. Rows that have a key keep it (scores point at it, so a
 * renamed criterion keeps its scores); new rows get one made from their name, unique in the rubric.
 */
export function rubricOf(draft: RubricDraft): Rubric {
  const taken = new Set(draft.dimensions.flatMap((d) => [d.id, ...d.criteria.map((c) => c.id)]).filter(Boolean));
  const keyed = <T extends { id: string; name: string }>(row: T, fallback: string) => (row.id ? row.id : uniqueKey(keyFromName(row.name, fallback), taken));
  // Empty numbers go through as they are: the schema refuses them with "a number, please".
  return {
    name: draft.name,
    note: draft.note,
    dimensions: draft.dimensions.map(({ uid: _d, criteria, ...d }, i) => ({
      ...d,
      id: keyed(d, `d${i + 1}`),
      criteria: criteria.map(({ uid: _c, ...c }, j) => ({ ...c, id: keyed(c, `d${i + 1}c${j + 1}`) })),
    })) as Rubric['dimensions'],
  };
}

/** The sum of a dimension's criteria maxima as typed so far (empty maxima count as nothing). */
export function sumOfMaxima(d: DimensionDraft): number {
  return d.criteria.reduce((s, c) => s + (typeof c.max === 'number' ? c.max : 0), 0);
}

/** Moves the item at `from` by `by` places (−1 up, +1 down); a move past either end changes nothing. */
export function moved<T>(list: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
