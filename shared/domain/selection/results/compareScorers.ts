import { sameRank } from './competitionRanks';
import { computeResults } from './computeResults';
import { effectiveRubric } from './effectiveRubric';
import { averageRanks, rankCorrelation } from './spearman';
import type { ClusterResult, ScorerComparison, SelectionInput } from './types';

const DEVIATIONS_MAX = 10;

/** Average ranks within each group of the rated clusters, by cluster id. */
function groupwiseAverageRanks(clusters: readonly ClusterResult[]): Map<string, number> {
  const out = new Map<string, number>();
  const groups = new Set(clusters.map((c) => c.groupId));
  for (const g of groups) {
    const members = clusters.filter((c) => c.groupId === g && c.rated);
    const ranks = averageRanks(
      members.map((c) => c.percentExact),
      sameRank,
    );
    members.forEach((c, i) => out.set(c.clusterId, ranks[i]!));
  }
  return out;
}

/**
 * Each scorer against the group: the scorer's own ranking (the results of their scores alone)
 * compared with the group's by Spearman's rho over the candidates both rank, the candidates
 * whose rank in group differs, and the cells where the scorer's score is furthest from the
 * group's value. Empty when the input gives no results.
 */
export function compareScorers(input: SelectionInput): ScorerComparison[] {
  const group = computeResults(input);
  if (!group.ok) return [];
  const groupValues = new Map(group.cells.map((c) => [`${c.clusterId}\u0000${c.criterionId}`, c.value]));
  const groupRanks = groupwiseAverageRanks(group.clusters);
  const enabled = effectiveRubric(input.rubric).flatMap((d) => d.criteria);
  const maxOf = new Map(enabled.map((c) => [c.id, c.max]));
  const expected = enabled.length * input.candidates.length;
  return input.scorers.map((scorer) => {
    const scores = input.scores.filter((s) => s.scorerId === scorer.id);
    const own = computeResults({ ...input, scorers: [scorer], scores, consensus: [] });
    const ownClusters = own.ok ? own.clusters : [];
    const ownRanks = groupwiseAverageRanks(ownClusters);
    const a: number[] = [];
    const b: number[] = [];
    for (const [clusterId, r] of ownRanks) {
      const g = groupRanks.get(clusterId);
      if (g === undefined) continue;
      a.push(r);
      b.push(g);
    }
    const shifts = ownClusters
      .map((c, i) => ({ clusterId: c.clusterId, groupRank: group.clusters[i]!.rankInGroup, ownRank: c.rankInGroup, rated: c.rated }))
      .filter((s) => s.rated && s.groupRank !== s.ownRank)
      .map(({ clusterId, groupRank, ownRank }) => ({ clusterId, groupRank, ownRank }));
    const deviations = scores
      .flatMap((s) => {
        const g = groupValues.get(`${s.clusterId}\u0000${s.criterionId}`);
        const max = maxOf.get(s.criterionId);
        return g === undefined || g === null || max === undefined
          ? []
          : [{ clusterId: s.clusterId, criterionId: s.criterionId, own: s.value, group: g, gap: Math.abs(s.value - g) / max }];
      })
      .filter((d) => d.gap > 0)
      .sort((x, y) => y.gap - x.gap)
      .slice(0, DEVIATIONS_MAX)
      .map(({ clusterId, criterionId, own: o, group: g }) => ({ clusterId, criterionId, own: o, group: g }));
    const scoredEnabled = scores.filter((s) => maxOf.has(s.criterionId)).length;
    return { scorerId: scorer.id, name: scorer.name, complete: scoredEnabled === expected, spearman: rankCorrelation(a, b), shifts, deviations };
  });
}
