import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../../shared/domain/selection/schemas';
import { toSelectionInput } from '../../../../shared/domain/selection/results/toSelectionInput';
import { handRubric } from './buildInput';

const state = (mode: 'scorers' | 'consensus', rule: 'topN' | 'threshold'): SessionState => ({
  session: {
    id: 's',
    name: 'S',
    heldOn: null,
    note: '',
    scoringMode: mode,
    hidden: false,
    aggregation: 'median',
    rule,
    topN: 2,
    threshold: 55,
    rubric: handRubric([{ id: 'd', criteria: [['c', 10]] }]),
    rubricSource: null,
    rubricVersion: 1,
    revealed: false,
    createdAt: '',
    updatedAt: '',
  },
  groups: [
    { id: 'g2', name: 'Second', position: 1 },
    { id: 'g1', name: 'First', position: 0 },
  ],
  candidates: [
    { clusterId: 'k3', clusterName: 'C', groupId: 'g2', position: 0 },
    { clusterId: 'k2', clusterName: 'B', groupId: 'g1', position: 1 },
    { clusterId: 'k1', clusterName: 'A', groupId: 'g1', position: 0 },
  ],
  scorers: [
    { id: 'p2', name: 'Dua', actorId: null, position: 1 },
    { id: 'p1', name: 'Satu', actorId: 'a1', position: 0 },
  ],
  scores: [{ clusterId: 'k1', criterionId: 'c', scorerId: 'p1', value: 4, enteredBy: 'facilitator', enteredAt: '' }],
  consensus: [{ clusterId: 'k3', criterionId: 'c', value: 7, note: 'sepakat', enteredAt: '' }],
  progress: [],
  withheld: false,
});

describe('toSelectionInput', () => {
  it('puts groups, candidates (group by group) and scorers in their order, with the session’s rule', () => {
    const input = toSelectionInput(state('scorers', 'topN'));
    expect(input.groups.map((g) => g.name)).toEqual(['First', 'Second']);
    expect(input.candidates.map((c) => c.name)).toEqual(['A', 'B', 'C']);
    expect(input.scorers.map((s) => s.name)).toEqual(['Satu', 'Dua']);
    expect(input.scores).toEqual([{ clusterId: 'k1', criterionId: 'c', scorerId: 'p1', value: 4 }]);
    expect(input.consensus).toEqual([{ clusterId: 'k3', criterionId: 'c', value: 7 }]);
    expect(input.aggregation).toBe('median');
    expect(input.rule).toEqual({ kind: 'topN', n: 2 });
    expect(toSelectionInput(state('scorers', 'threshold')).rule).toEqual({ kind: 'threshold', percent: 55 });
  });

  it('in consensus mode counts the consensus only', () => {
    const input = toSelectionInput(state('consensus', 'topN'));
    expect(input.scores).toEqual([]);
    expect(input.scorers).toEqual([]);
    expect(input.consensus).toHaveLength(1);
  });
});
