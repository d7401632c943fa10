import type { ClusterResult, GroupResult, SelectionResults } from '../../../../../shared/domain/selection/results/types';

/** Results that could be computed (no problems in the input). */
export type ComputedResults = Extract<SelectionResults, { ok: true }>;

/** One group's table: the group and its clusters in rank order (ties by name, as the service orders them). */
export interface GroupTable {
  group: GroupResult;
  rows: ClusterResult[];
}

/** The results laid out as Table 3.1: group after group, each ranked within itself. */
export function groupTables(results: ComputedResults): GroupTable[] {
  const byId = new Map(results.clusters.map((c) => [c.clusterId, c]));
  return results.groups.map((group) => ({ group, rows: group.ranking.flatMap((id) => byId.get(id) ?? []) }));
}

/** How one cluster's place moved between the saved weights and the weights being tried. */
export interface RankChange {
  before: number;
  after: number;
  /** Places gained (positive) or lost (negative) within the group. */
  gained: number;
  wasSelected: boolean;
  isSelected: boolean;
}

/** Per cluster, its rank in group and selection before and after; clusters missing from either side are left out. */
export function rankChanges(before: ComputedResults, after: ComputedResults): Map<string, RankChange> {
  const old = new Map(before.clusters.map((c) => [c.clusterId, c]));
  const out = new Map<string, RankChange>();
  for (const c of after.clusters) {
    const b = old.get(c.clusterId);
    if (!b) continue;
    out.set(c.clusterId, {
      before: b.rankInGroup,
      after: c.rankInGroup,
      gained: b.rankInGroup - c.rankInGroup,
      wasSelected: b.selected,
      isSelected: c.selected,
    });
  }
  return out;
}

/** The names of clusters by id, to word sentences and notes. */
export function clusterNames(results: ComputedResults): Map<string, string> {
  return new Map(results.clusters.map((c) => [c.clusterId, c.name]));
}
