import { RANK_TOLERANCE, sameRank } from '../results/competitionRanks';
import type { GroupResult, SelectionRuleSpec } from '../results/types';
import type { LinearModel } from './linearModel';
import { type GroupFrame, stabilityInterval } from './stabilityInterval';
import type { GroupSensitivity, NoChangeReason, StabilityInterval, WeightChange } from './types';

/**
 * The nearest change over all handles. "Nearest" is the smallest |ln factor|: doubling a weight
 * and halving it are equally large changes of the balance between criteria (×2 and ×0.5 are
 * both one doubling away from the weights as they are), whereas |factor − 1| would call halving
 * (0.5) a smaller change than doubling (1.0). A boundary at factor 1 is a tie at the cut, which
 * is reported as such, not as a change. Earlier handles (dimensions before their criteria) win ties.
 */
export function smallestChange(intervals: readonly StabilityInterval[]): WeightChange | null {
  let best: WeightChange | null = null;
  let bestDistance = Infinity;
  for (const i of intervals) {
    for (const change of [i.below, i.above]) {
      if (!change) continue;
      const distance = Math.abs(Math.log(change.factor));
      if (distance > 1e-12 && distance < bestDistance) {
        best = change;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** Clusters level with each other at the cut now: the tied top-N clusters, or those exactly on the threshold. */
function tiedAtCut(frame: GroupFrame): string[] {
  const { rule, points, selected, ids } = frame;
  if (rule.kind === 'threshold') return ids.filter((_, i) => selected[i] && Math.abs(points[i]! - rule.percent) <= RANK_TOLERANCE);
  if (!frame.tieAtCut) return [];
  const lowest = Math.min(...ids.map((_, i) => (selected[i] ? points[i]! : Infinity)));
  return ids.filter((_, i) => selected[i] && sameRank(points[i]!, lowest));
}

/**
 * Whether the selected clusters score at least as high as every other cluster of the group on
 * every criterion that weighs: then no reweighting can put another ahead of them.
 */
function selectedDominate(model: LinearModel, memberIndex: readonly number[], selected: readonly boolean[]): boolean {
  return model.terms.every((term) => {
    if (term.weight <= 0) return true;
    let lowestIn = Infinity;
    let highestOut = -Infinity;
    memberIndex.forEach((g, i) => {
      const v = term.values[g]!;
      if (selected[i]) lowestIn = Math.min(lowestIn, v);
      else highestOut = Math.max(highestOut, v);
    });
    return lowestIn >= highestOut;
  });
}

/**
 * The sensitivity of one group's selection: the stability interval of every weight, the smallest
 * single-weight change that alters the selection, a tie at the cut, or why nothing can change it.
 * `group` is the results' view of the group (ranking and selection at the current weights).
 */
export function groupSensitivity(model: LinearModel, group: GroupResult, rule: SelectionRuleSpec): GroupSensitivity {
  const ids = group.ranking;
  const memberIndex = ids.map((id) => model.index.get(id)!);
  const chosen = new Set(group.selected);
  const frame: GroupFrame = {
    ids,
    points: Float64Array.from(memberIndex, (i) => model.points[i]!),
    rule,
    selected: ids.map((id) => chosen.has(id)),
    tieAtCut: group.tieAtCut,
  };
  const intervals = model.handles.map((h) => stabilityInterval(frame, h, memberIndex));
  const smallest = smallestChange(intervals);
  const tieAtCut = tiedAtCut(frame);
  let noChange: NoChangeReason | null = null;
  if (!smallest && tieAtCut.length === 0) {
    const allIn = frame.selected.every(Boolean);
    if (rule.kind === 'topN' && allIn) noChange = 'allSelected';
    else if (rule.kind === 'topN' && frame.selected.some(Boolean) && selectedDominate(model, memberIndex, frame.selected)) noChange = 'dominant';
    else noChange = 'stable';
  }
  return { groupId: group.groupId, selected: group.selected, smallest, intervals, tieAtCut, noChange };
}
