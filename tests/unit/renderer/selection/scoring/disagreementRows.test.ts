import { describe, expect, it } from 'vitest';
import type { CellResult } from '../../../../../shared/domain/selection/results/types';
import type { Rubric, SessionState } from '../../../../../shared/domain/selection/schemas';
import { disagreementRows } from '../../../../../renderer/src/features/selection/scoring/disagreementRows';
import { cellKey, gridModel } from '../../../../../renderer/src/features/selection/scoring/gridModel';

const criterion = (id: string, max: number) => ({ id, name: id.toUpperCase(), description: '', max, weight: 1, determinant: null });
const rubric: Rubric = {
  name: 'R',
  note: '',
  dimensions: [
    { id: 'g', name: 'Growth', description: '', total: 25, weight: 1, optional: false, enabled: true, criteria: [criterion('f', 5), criterion('d', 20)] },
    { id: 's', name: 'Social', description: '', total: 10, weight: 1, optional: true, enabled: false, criteria: [criterion('t', 10)] },
  ],
};
const state = {
  session: { rubric } as SessionState['session'],
  groups: [
    { id: 'g2', name: 'Second', position: 1 },
    { id: 'g1', name: 'First', position: 0 },
  ],
  candidates: [
    { clusterId: 'b', clusterName: 'B', groupId: 'g1', position: 1 },
    { clusterId: 'a', clusterName: 'A', groupId: 'g1', position: 0 },
    { clusterId: 'c', clusterName: 'C', groupId: 'g2', position: 0 },
  ],
  scorers: [
    { id: 's2', name: 'Two', actorId: null, position: 1 },
    { id: 's1', name: 'One', actorId: null, position: 0 },
  ],
  scores: [
    { clusterId: 'a', criterionId: 'f', scorerId: 's1', value: 1, enteredBy: 's1', enteredAt: '' },
    { clusterId: 'a', criterionId: 'f', scorerId: 's2', value: 5, enteredBy: 's2', enteredAt: '' },
    { clusterId: 'a', criterionId: 'd', scorerId: 's1', value: 4, enteredBy: 's1', enteredAt: '' },
    { clusterId: 'a', criterionId: 'd', scorerId: 's2', value: 12, enteredBy: 's2', enteredAt: '' },
    { clusterId: 'b', criterionId: 'd', scorerId: 's1', value: 10, enteredBy: 's1', enteredAt: '' },
  ],
  consensus: [{ clusterId: 'a', criterionId: 'd', value: 9, note: 'agreed', enteredAt: '' }],
};
const cell = (clusterId: string, criterionId: string, value: number | null, spread: number | null, max: number): CellResult => ({
  clusterId,
  criterionId,
  value,
  source: value === null ? 'missing' : 'aggregate',
  scored: 2,
  scorers: 2,
  spread,
  relativeSpread: spread === null ? null : spread / max,
});

describe('gridModel', () => {
  it('lists groups in order, each followed by its candidates in order, and only the criteria of dimensions switched on', () => {
    const m = gridModel(state);
    expect(m.lines.map((l) => (l.kind === 'group' ? `#${l.group.name}` : `${l.candidate.clusterName}@${l.index}`))).toEqual([
      '#First',
      'A@0',
      'B@1',
      '#Second',
      'C@2',
    ]);
    expect(m.columns.map((c) => [c.id, c.firstOfDimension])).toEqual([
      ['f', true],
      ['d', false],
    ]);
    expect(m.dimensions).toEqual([{ id: 'g', name: 'Growth', total: 25, span: 2 }]);
    expect(cellKey('a', 'f')).not.toBe(cellKey('af', ''));
  });
});

describe('disagreementRows', () => {
  it('sorts by spread relative to the maximum, keeps grid order for ties, and leaves out agreement and single scores', () => {
    const m = gridModel(state);
    const rows = disagreementRows(state, m, [
      cell('a', 'f', 3, 4, 5), // 4 of 5 = 0.8
      cell('a', 'd', 8, 8, 20), // 8 of 20 = 0.4
      cell('b', 'f', 2, 0, 5), // everyone agrees
      cell('b', 'd', 10, null, 20), // one score only
      cell('c', 'f', 1, 2, 5), // 0.4, after a·d in grid order
    ]);
    expect(rows.map((r) => `${r.clusterId}:${r.criterionId}`)).toEqual(['a:f', 'a:d', 'c:f']);
    expect(rows[0]).toMatchObject({
      cluster: 'A',
      criterion: 'F',
      dimension: 'Growth',
      max: 5,
      aggregate: 3,
      spread: 4,
      relativeSpread: 0.8,
      consensus: null,
      scores: [
        { scorerId: 's1', name: 'One', value: 1 },
        { scorerId: 's2', name: 'Two', value: 5 },
      ],
    });
    expect(rows[1]).toMatchObject({ consensus: 9, aggregate: 8 });
    expect(rows[2]!.scores.map((s) => s.value)).toEqual([null, null]);
  });
});
