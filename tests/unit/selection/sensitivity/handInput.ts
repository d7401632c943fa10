import type { SelectionInput, SelectionRuleSpec } from '../../../../shared/domain/selection/results/types';
import type { Rubric } from '../../../../shared/domain/selection/schemas';

/** A dimension of a hand-worked case: its criteria's maxima by key (a lone criterion takes the dimension's key + "c"). */
export interface HandDimension {
  id: string;
  criteria: Record<string, number>;
  weight?: number;
  optional?: boolean;
  enabled?: boolean;
}

/** Builds a rubric whose names are the keys, so sentences read "Y overtakes X if D2 weighs …". */
export function handRubric(dimensions: HandDimension[]): Rubric {
  return {
    name: 'Hand',
    note: '',
    dimensions: dimensions.map((d) => ({
      id: d.id,
      name: d.id,
      description: '',
      total: Object.values(d.criteria).reduce((a, b) => a + b, 0),
      weight: d.weight ?? 1,
      optional: d.optional ?? false,
      enabled: d.enabled ?? true,
      criteria: Object.entries(d.criteria).map(([id, max]) => ({ id, name: id, description: '', max, weight: 1, determinant: null })),
    })),
  };
}

/**
 * A consensus-scored input: clusters by name (id = name) with their group and one value per
 * criterion key; a key left out is an unscored cell.
 */
export function handInput(
  dimensions: HandDimension[],
  clusters: { name: string; group?: string; scores: Record<string, number> }[],
  rule: SelectionRuleSpec = { kind: 'topN', n: 1 },
): SelectionInput {
  const groups = [...new Set(clusters.map((c) => c.group ?? 'g'))];
  return {
    rubric: handRubric(dimensions),
    groups: groups.map((g) => ({ id: g, name: g })),
    candidates: clusters.map((c) => ({ clusterId: c.name, name: c.name, groupId: c.group ?? 'g' })),
    scorers: [],
    scores: [],
    consensus: clusters.flatMap((c) => Object.entries(c.scores).map(([criterionId, value]) => ({ clusterId: c.name, criterionId, value }))),
    aggregation: 'mean',
    rule,
  };
}

/** Three one-criterion dimensions D1, D2, D3 of maximum 10 (criteria D1c, D2c, D3c). */
export const threeDims: HandDimension[] = [
  { id: 'D1', criteria: { D1c: 10 } },
  { id: 'D2', criteria: { D2c: 10 } },
  { id: 'D3', criteria: { D3c: 10 } },
];

/** Scores on {@link threeDims}. */
export const s3 = (a: number, b: number, c: number) => ({ D1c: a, D2c: b, D3c: c });
