import type { Determinant } from '../../../../shared/domain/selection/codes';
import type { Rubric } from '../../../../shared/domain/selection/schemas';
import type { SelectionInput, SelectionRuleSpec } from '../../../../shared/domain/selection/results/types';

/** A criterion by hand: `[id, max]`, optionally weight and determinant. */
export type HandCriterion = [id: string, max: number, weight?: number, determinant?: Determinant | null];

export interface HandDimension {
  id: string;
  weight?: number;
  optional?: boolean;
  enabled?: boolean;
  criteria: HandCriterion[];
}

/** A rubric written out by hand for a test: totals are the sums of the maxima. */
export function handRubric(dimensions: HandDimension[]): Rubric {
  return {
    name: 'Test',
    note: '',
    dimensions: dimensions.map((d) => ({
      id: d.id,
      name: d.id.toUpperCase(),
      description: '',
      total: d.criteria.reduce((s, c) => s + c[1], 0),
      weight: d.weight ?? 1,
      optional: d.optional ?? false,
      enabled: d.enabled ?? true,
      criteria: d.criteria.map(([id, max, weight = 1, determinant = null]) => ({ id, name: id.toUpperCase(), description: '', max, weight, determinant })),
    })),
  };
}

/**
 * A selection input by hand: groups of cluster names (ids are the names), scores as
 * `[cluster, criterion, scorer, value]`, consensus as `[cluster, criterion, value]`.
 */
export function handInput(opts: {
  dimensions: HandDimension[];
  groups: Record<string, string[]>;
  scorers?: string[];
  scores?: [string, string, string, number][];
  consensus?: [string, string, number][];
  aggregation?: 'mean' | 'median';
  rule?: SelectionRuleSpec;
}): SelectionInput {
  return {
    rubric: handRubric(opts.dimensions),
    groups: Object.keys(opts.groups).map((g) => ({ id: g, name: g })),
    candidates: Object.entries(opts.groups).flatMap(([g, names]) => names.map((n) => ({ clusterId: n, name: n, groupId: g }))),
    scorers: (opts.scorers ?? ['s1']).map((s) => ({ id: s, name: s })),
    scores: (opts.scores ?? []).map(([clusterId, criterionId, scorerId, value]) => ({ clusterId, criterionId, scorerId, value })),
    consensus: (opts.consensus ?? []).map(([clusterId, criterionId, value]) => ({ clusterId, criterionId, value })),
    aggregation: opts.aggregation ?? 'mean',
    rule: opts.rule ?? { kind: 'topN', n: 1 },
  };
}

/** One scorer's complete scores from a table `{ cluster: { criterion: value } }`. */
export function scoresOf(scorer: string, table: Record<string, Record<string, number>>): [string, string, string, number][] {
  return Object.entries(table).flatMap(([cluster, row]) =>
    Object.entries(row).map(([crit, v]) => [cluster, crit, scorer, v] as [string, string, string, number]),
  );
}
