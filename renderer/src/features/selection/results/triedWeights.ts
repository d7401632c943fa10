import type { WeightOverrides } from '../../../../../shared/domain/selection/results/types';
import { type Rubric, WEIGHT_MAX } from '../../../../../shared/domain/selection/schemas';

/**
 * The weights being tried on the sensitivity tab, as factors of the rubric's own weights (the
 * sliders read ×0 to ×3), and the optional dimensions switched on or off. Empty = the rubric as saved.
 */
export interface TriedWeights {
  dimensions: Record<string, number>;
  criteria: Record<string, number>;
  enabled: Record<string, boolean>;
}

export const UNTOUCHED: TriedWeights = { dimensions: {}, criteria: {}, enabled: {} };

/** The sliders go from leaving a weight out (×0) to three times the rubric's weight. */
export const FACTOR_MAX = 3;

/**
 * What a factor multiplies. A weight of 0 multiplied stays 0, so for a weight the rubric set to
 * 0 the slider sets the weight itself (×1 = weight 1).
 */
export function baseWeight(weight: number): number {
  return weight > 0 ? weight : 1;
}

/** The highest factor a slider offers: ×3, or less where ×3 would pass the schema's largest weight. */
export function factorMax(weight: number): number {
  return Math.min(FACTOR_MAX, WEIGHT_MAX / baseWeight(weight));
}

// Slider steps are 0.05: a product such as 1.15 × 3 must not be saved as 3.4499999999999997.
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** The overrides `computeResults` and `sensitivity` take: weights in force, not factors. */
export function overridesOf(rubric: Rubric, tried: TriedWeights): WeightOverrides {
  const dimensions: Record<string, number> = {};
  const criteria: Record<string, number> = {};
  for (const d of rubric.dimensions) {
    const f = tried.dimensions[d.id];
    if (f !== undefined) dimensions[d.id] = tidy(baseWeight(d.weight) * f);
    for (const c of d.criteria) {
      const g = tried.criteria[c.id];
      if (g !== undefined) criteria[c.id] = tidy(baseWeight(c.weight) * g);
    }
  }
  return { dimensions, criteria, enabled: { ...tried.enabled } };
}

/** The rubric with the tried weights and switches written in: what "save these weights" stores. */
export function rubricWith(rubric: Rubric, tried: TriedWeights): Rubric {
  const o = overridesOf(rubric, tried);
  return {
    ...rubric,
    dimensions: rubric.dimensions.map((d) => ({
      ...d,
      weight: o.dimensions?.[d.id] ?? d.weight,
      enabled: d.optional ? (o.enabled?.[d.id] ?? d.enabled) : d.enabled,
      criteria: d.criteria.map((c) => ({ ...c, weight: o.criteria?.[c.id] ?? c.weight })),
    })),
  };
}

/** True when nothing tried differs from the rubric as saved (a slider moved back to ×1 counts as untouched). */
export function isUntouched(rubric: Rubric, tried: TriedWeights): boolean {
  const saved = JSON.stringify(rubric);
  return JSON.stringify(rubricWith(rubric, tried)) === saved;
}
