import type { SessionState } from '../schemas';
import type { SelectionInput } from './types';

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/**
 * What a stored session's results are computed from: its rubric, groups, candidates (group
 * by group) and scorers in their order, its aggregation and selection rule. In consensus mode
 * the consensus is the only score: scorers' scores left from an earlier mode do not count.
 */
export function toSelectionInput(state: SessionState): SelectionInput {
  const { session } = state;
  const groups = [...state.groups].sort(byPosition);
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]));
  const candidates = [...state.candidates].sort((a, b) => (groupOrder.get(a.groupId) ?? 0) - (groupOrder.get(b.groupId) ?? 0) || byPosition(a, b));
  const byScorers = session.scoringMode === 'scorers';
  return {
    rubric: session.rubric,
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    candidates: candidates.map((c) => ({ clusterId: c.clusterId, name: c.clusterName, groupId: c.groupId })),
    scorers: byScorers ? [...state.scorers].sort(byPosition).map((s) => ({ id: s.id, name: s.name })) : [],
    scores: byScorers ? state.scores.map((s) => ({ clusterId: s.clusterId, criterionId: s.criterionId, scorerId: s.scorerId, value: s.value })) : [],
    consensus: state.consensus.map((c) => ({ clusterId: c.clusterId, criterionId: c.criterionId, value: c.value })),
    aggregation: session.aggregation,
    rule: session.rule === 'topN' ? { kind: 'topN', n: session.topN } : { kind: 'threshold', percent: session.threshold },
  };
}
