import { computeResults } from '../results/computeResults';
import type { ClusterResult, SelectionInput, SelectionResults, WeightOverrides } from '../results/types';
import type { DimensionEffect, GroupEffect, SocialCapitalEffect } from './types';

const withSwitch = (overrides: WeightOverrides, dimensionId: string, on: boolean): WeightOverrides => ({
  ...overrides,
  enabled: { ...overrides.enabled, [dimensionId]: on },
});

type Ok = Extract<SelectionResults, { ok: true }>;

function groupEffects(off: Ok, on: Ok): GroupEffect[] {
  const rankOf = (r: Ok) => new Map(r.clusters.map((c: ClusterResult) => [c.clusterId, c.rankInGroup]));
  const rankOff = rankOf(off);
  const rankOn = rankOf(on);
  return on.groups.map((g) => {
    const before = off.groups.find((o) => o.groupId === g.groupId)!;
    const wasIn = new Set(before.selected);
    const isIn = new Set(g.selected);
    const rankChanges = g.ranking.flatMap((clusterId) => {
      const was = rankOff.get(clusterId)!;
      const is = rankOn.get(clusterId)!;
      return was === is ? [] : [{ clusterId, off: was, on: is }];
    });
    return {
      groupId: g.groupId,
      selectedOff: before.selected,
      selectedOn: g.selected,
      entering: g.selected.filter((id) => !wasIn.has(id)),
      leaving: before.selected.filter((id) => !isIn.has(id)),
      rankChanges,
    };
  });
}

/**
 * What each optional dimension (social capital, which JICA learned belongs in the criteria)
 * changes: the results with it switched on and off, other weights and switches as given, and
 * per group who enters or leaves the selection and whose rank moves. A dimension nobody has
 * scored yet is reported with its unscored cells: switched on, its results rest on missing scores.
 */
export function socialCapitalEffect(input: SelectionInput, overrides: WeightOverrides = {}): SocialCapitalEffect {
  const dimensions: DimensionEffect[] = [];
  for (const d of input.rubric.dimensions) {
    if (!d.optional) continue;
    const on = computeResults(input, withSwitch(overrides, d.id, true));
    const off = computeResults(input, withSwitch(overrides, d.id, false));
    if (!on.ok) return { ok: false, problem: on.problems[0]! };
    if (!off.ok) return { ok: false, problem: off.problems[0]! };
    const criteria = new Set(d.criteria.map((c) => c.id));
    dimensions.push({
      dimensionId: d.id,
      name: d.name,
      enabledNow: overrides.enabled?.[d.id] ?? d.enabled,
      unscoredCells: on.cells.reduce((n, c) => n + (criteria.has(c.criterionId) && c.value === null ? 1 : 0), 0),
      groups: groupEffects(off, on),
    });
  }
  return { ok: true, dimensions };
}
