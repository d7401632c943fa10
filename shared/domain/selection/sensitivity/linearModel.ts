import { effectiveRubric } from '../results/effectiveRubric';
import type { WeightOverrides } from '../results/types';
import type { Rubric } from '../schemas';
import type { WeightHandle } from './types';

/** One weighted criterion of an enabled dimension: its weight (dimension's × criterion's) and every cluster's value. */
export interface ModelTerm {
  criterionId: string;
  dimensionId: string;
  weight: number;
  max: number;
  /** Value per cluster, in the order of `LinearModel.clusterIds`. */
  values: Float64Array;
}

/**
 * A weight the search may scale, with what it contributes: `share[c]` is the cluster's weighted
 * points carried by this weight, `maxShare` the weighted maximum it carries (both on the model's
 * percent scale). Scaling the weight by k adds (k − 1)·share to every cluster's points.
 */
export interface HandleShare {
  handle: WeightHandle;
  share: Float64Array;
  maxShare: number;
}

/**
 * Every cluster's weighted points as a sum of terms, scaled so that the weighted maximum is 100:
 * a cluster's points are then its percentage at the current weights, and changing one weight by a
 * factor moves every cluster's points, and the maximum, linearly.
 */
export interface LinearModel {
  clusterIds: string[];
  index: Map<string, number>;
  /** Percent of the maximum per cluster at the current weights. */
  points: Float64Array;
  terms: ModelTerm[];
  handles: HandleShare[];
}

/**
 * Builds the model from every cluster's cell values (`valueOf` must give a number for each
 * cluster × criterion of an enabled dimension: the caller refuses missing cells first). Null when
 * the weighted maximum is zero (every weight 0): there is no percentage to compare.
 *
 * Handles: every dimension that counts (with the weights and switches in force), each followed by
 * its criteria when it has more than one (a lone criterion's weight moves exactly what its
 * dimension's does, so it would only repeat the dimension's line).
 */
export function linearModel(
  rubric: Rubric,
  overrides: WeightOverrides | undefined,
  clusterIds: string[],
  valueOf: (clusterId: string, criterionId: string) => number,
): LinearModel | null {
  const n = clusterIds.length;
  const dims = effectiveRubric(rubric, overrides);
  let max = 0;
  for (const d of dims) for (const c of d.criteria) max += d.weight * c.weight * c.max;
  if (!(max > 0)) return null;
  const scale = 100 / max;

  const points = new Float64Array(n);
  const terms: ModelTerm[] = [];
  const handles: HandleShare[] = [];
  for (const d of dims) {
    const dimShare = new Float64Array(n);
    let dimMax = 0;
    const criterionHandles: HandleShare[] = [];
    for (const criterion of d.criteria) {
      const w = d.weight * criterion.weight;
      const values = new Float64Array(n);
      const share = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        values[i] = valueOf(clusterIds[i]!, criterion.id);
        share[i] = w * values[i]! * scale;
        dimShare[i]! += share[i]!;
        points[i]! += share[i]!;
      }
      const maxShare = w * criterion.max * scale;
      dimMax += maxShare;
      terms.push({ criterionId: criterion.id, dimensionId: d.id, weight: w, max: criterion.max, values });
      criterionHandles.push({ handle: { kind: 'criterion', id: criterion.id, name: criterion.name }, share, maxShare });
    }
    handles.push({ handle: { kind: 'dimension', id: d.id, name: d.name }, share: dimShare, maxShare: dimMax });
    if (criterionHandles.length > 1) handles.push(...criterionHandles);
  }
  return { clusterIds, index: new Map(clusterIds.map((id, i) => [id, i])), points, terms, handles };
}
