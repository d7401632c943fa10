import { buildCellTable, type CellTable, SOURCE_AGGREGATE, SOURCE_CONSENSUS } from './cellTable';
import { clusterTotals, type ClusterTotals } from './clusterTotals';
import { competitionRanks, sameRank } from './competitionRanks';
import { effectiveRubric } from './effectiveRubric';
import { roundHalfUp } from './roundHalfUp';
import { selectInGroup } from './selectInGroup';
import type { CellResult, ClusterResult, GroupResult, SelectionInput, SelectionProblem, SelectionResults, WeightOverrides } from './types';
import { inputProblems, weightProblems } from './validateSelectionInput';

/**
 * What does not change with the weights, kept per input object: sliders and the sensitivity
 * search re-rank the same input many times. Inputs are plain data and never changed in place.
 */
const prepared = new WeakMap<SelectionInput, { problems: SelectionProblem[]; table: CellTable | null }>();

function prepare(input: SelectionInput) {
  let p = prepared.get(input);
  if (!p) {
    const problems = inputProblems(input);
    p = { problems, table: problems.length === 0 ? buildCellTable(input) : null };
    prepared.set(input, p);
  }
  return p;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');

function cellResults(input: SelectionInput, table: CellTable, dims: ReturnType<typeof effectiveRubric>): CellResult[] {
  const out: CellResult[] = [];
  input.candidates.forEach((cand, i) => {
    for (const d of dims) {
      for (const c of d.criteria) {
        const cell = i * table.criteria + c.index;
        const v = table.value[cell]!;
        const spread = table.spread[cell]!;
        const src = table.source[cell];
        out.push({
          clusterId: cand.clusterId,
          criterionId: c.id,
          value: Number.isNaN(v) ? null : v,
          source: src === SOURCE_CONSENSUS ? 'consensus' : src === SOURCE_AGGREGATE ? 'aggregate' : 'missing',
          scored: table.scored[cell]!,
          scorers: table.scorers,
          spread: Number.isNaN(spread) ? null : spread,
          relativeSpread: Number.isNaN(spread) ? null : spread / c.max,
        });
      }
    }
  });
  return out;
}

function toClusterResult(cand: SelectionInput['candidates'][number], t: ClusterTotals): ClusterResult {
  const rated = !Number.isNaN(t.percentExact);
  const percentExact = rated ? t.percentExact : 0;
  return {
    clusterId: cand.clusterId,
    name: cand.name,
    groupId: cand.groupId,
    dimensions: t.dimensions,
    determinants: t.determinants,
    total: t.total,
    max: t.max,
    percentExact,
    percent: roundHalfUp(percentExact),
    rankInGroup: 0,
    rank: 0,
    tiedInGroup: [],
    selected: false,
    unscoredCells: t.unscoredCells,
    missingScores: t.missingScores,
    restsOnMissing: t.unscoredCells > 0 || t.missingScores > 0,
    rated,
  };
}

/** Ranks, ties and the selection within each group, in place; the groups' rankings. */
function rankGroups(input: SelectionInput, clusters: ClusterResult[], exact: number[]): GroupResult[] {
  const overall = competitionRanks(exact);
  clusters.forEach((c, i) => (c.rank = overall[i]!));
  return input.groups.map((g) => {
    const members = clusters.map((c, i) => i).filter((i) => clusters[i]!.groupId === g.id);
    const ranks = competitionRanks(members.map((i) => exact[i]!));
    members.forEach((i, m) => (clusters[i]!.rankInGroup = ranks[m]!));
    for (const i of members) {
      clusters[i]!.tiedInGroup = members.filter((o) => o !== i && sameRank(exact[o]!, exact[i]!)).map((o) => clusters[o]!.clusterId);
    }
    const ordered = members.map((i) => clusters[i]!).sort((a, b) => a.rankInGroup - b.rankInGroup || byName(a, b));
    const { selected, tieAtCut } = selectInGroup(ordered, input.rule);
    ordered.forEach((c, m) => (c.selected = selected[m]!));
    return {
      groupId: g.id,
      name: g.name,
      ranking: ordered.map((c) => c.clusterId),
      selected: ordered.filter((c) => c.selected).map((c) => c.clusterId),
      tieAtCut,
    };
  });
}

/**
 * The results of a selection: per cluster the dimension points, the weighted percentage of
 * the maximum, competition ranks within its group and overall, and the selection by the
 * input's rule; per cell the group's value and the scorers' spread. Weights and switches
 * come from the rubric, replaced where `overrides` says. Invalid input gives its problems and
 * no results at all.
 */
export function computeResults(input: SelectionInput, overrides: WeightOverrides = {}): SelectionResults {
  const { problems, table } = prepare(input);
  const all = [...problems, ...(problems.length === 0 ? weightProblems(input, overrides) : [])];
  if (all.length > 0 || !table) return { ok: false, problems: all };
  const dims = effectiveRubric(input.rubric, overrides);
  const exact: number[] = [];
  const clusters = input.candidates.map((cand, i) => {
    const totals = clusterTotals(table, i, dims);
    exact.push(totals.percentExact);
    return toClusterResult(cand, totals);
  });
  const groups = rankGroups(input, clusters, exact);
  return { ok: true, clusters, groups, cells: cellResults(input, table, dims) };
}
