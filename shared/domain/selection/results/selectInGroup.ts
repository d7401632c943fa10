import { RANK_TOLERANCE } from './competitionRanks';
import type { SelectionRuleSpec } from './types';

/** A ranked member of a group, as the rule sees it. */
export interface RankedMember {
  rankInGroup: number;
  percentExact: number;
  rated: boolean;
}

/**
 * Which members a rule selects, and whether the top-N cut falls inside a tie (then every tied
 * member is selected: the rule cannot tell them apart, the group must). Unrated members are
 * never selected.
 */
export function selectInGroup(members: readonly RankedMember[], rule: SelectionRuleSpec): { selected: boolean[]; tieAtCut: boolean } {
  if (rule.kind === 'threshold') {
    return { selected: members.map((m) => m.rated && m.percentExact + RANK_TOLERANCE >= rule.percent), tieAtCut: false };
  }
  const selected = members.map((m) => m.rated && m.rankInGroup <= rule.n);
  return { selected, tieAtCut: selected.filter(Boolean).length > rule.n };
}
