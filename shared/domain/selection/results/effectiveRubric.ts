import type { Determinant } from '../codes';
import type { Rubric } from '../schemas';
import type { WeightOverrides } from './types';

/** A criterion as the results weigh it. `index` is its place among all the rubric's criteria. */
export interface WeighedCriterion {
  id: string;
  name: string;
  index: number;
  max: number;
  weight: number;
  determinant: Determinant | null;
}

export interface WeighedDimension {
  id: string;
  name: string;
  /** The dimension's maximum: the sum of its criteria's maxima. */
  max: number;
  weight: number;
  criteria: WeighedCriterion[];
}

/** Every criterion of the rubric in rubric order, dimension by dimension: the columns of the cell table. */
export function allCriteria(rubric: Rubric): { id: string; name: string; max: number }[] {
  return rubric.dimensions.flatMap((d) => d.criteria.map((c) => ({ id: c.id, name: c.name, max: c.max })));
}

/**
 * The dimensions that count, with the weights in force: the rubric's own, replaced where the
 * overrides (sliders) say. Only optional dimensions can be switched; a required one always counts.
 */
export function effectiveRubric(rubric: Rubric, overrides: WeightOverrides = {}): WeighedDimension[] {
  const out: WeighedDimension[] = [];
  let index = 0;
  for (const d of rubric.dimensions) {
    const first = index;
    index += d.criteria.length;
    const enabled = d.optional ? (overrides.enabled?.[d.id] ?? d.enabled) : true;
    if (!enabled) continue;
    out.push({
      id: d.id,
      name: d.name,
      max: d.criteria.reduce((s, c) => s + c.max, 0),
      weight: overrides.dimensions?.[d.id] ?? d.weight,
      criteria: d.criteria.map((c, j) => ({
        id: c.id,
        name: c.name,
        index: first + j,
        max: c.max,
        weight: overrides.criteria?.[c.id] ?? c.weight,
        determinant: c.determinant,
      })),
    });
  }
  return out;
}
