import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../../shared/domain/stakeholders/compare/compareMaps';
import type { MapState } from '../../../shared/domain/stakeholders/compare/types';
import { computeMapMetrics } from '../../../shared/domain/stakeholders/metrics/computeMapMetrics';
import { mapActor, mapTie } from './mapRecords';

const actor = mapActor;
const tie = mapTie;
const settings = { directed: false, layout: 'free' } as const;

const before: MapState = {
  settings,
  actors: [actor('a'), actor('b'), actor('c'), actor('gone', { kind: 'bank', insideCluster: false })],
  ties: [tie('t1', 'a', 'b', { trust: 2 }), tie('t2', 'b', 'gone')],
};
const after: MapState = {
  settings,
  actors: [
    actor('a', { x: 50, name: 'A Jaya' }),
    actor('b'),
    actor('c', { influence: 4, leadingFirm: true }),
    actor('new', { kind: 'buyer', insideCluster: false }),
  ],
  ties: [tie('t1', 'a', 'b', { trust: 4, strength: 5 }), tie('t3', 'b', 'c'), tie('t4', 'c', 'new')],
};

describe('compareMaps', () => {
  const cmp = compareMaps(before, after);

  it('lists actors added, removed and changed by id, with the fields that changed (never the position)', () => {
    expect(cmp.actors.added.map((a) => a.id)).toEqual(['new']);
    expect(cmp.actors.removed.map((a) => a.id)).toEqual(['gone']);
    expect(cmp.actors.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ['a', ['name']],
      ['c', ['influence', 'leadingFirm']],
    ]);
  });

  it('lists ties added, removed and changed, trust included', () => {
    expect(cmp.ties.added.map((t) => t.id)).toEqual(['t3', 't4']);
    expect(cmp.ties.removed.map((t) => t.id)).toEqual(['t2']);
    expect(cmp.ties.changed.map((c) => [c.after.id, c.fields])).toEqual([['t1', ['strength', 'trust']]]);
  });

  it('gives every figure before and after under its indicator key', () => {
    const f = Object.fromEntries(cmp.figures.map((x) => [x.key, [x.before, x.after]]));
    expect(Object.keys(f)).toEqual([
      'actors',
      'ties',
      'density',
      'components',
      'isolates',
      'bondingDensity',
      'smeIsolatedShare',
      'bridgingTies',
      'bridgingShare',
      'eiInsideOutside',
      'eiSector',
      'averageTrust',
    ]);
    expect(f.actors).toEqual([4, 4]);
    expect(f.ties).toEqual([2, 3]);
    expect(f.isolates).toEqual([1, 0]);
    expect(f.bondingDensity).toEqual([1 / 3, 2 / 3]);
    expect(f.smeIsolatedShare).toEqual([1 / 3, 0]);
    expect(f.bridgingTies).toEqual([1, 1]);
    expect(f.averageTrust).toEqual([2, 4]);
  });

  it('gives degree and betweenness per actor, null where the actor is absent', () => {
    const by = Object.fromEntries(cmp.actorMetrics.map((m) => [m.actorId, m]));
    expect(cmp.actorMetrics.map((m) => m.actorId)).toEqual(['a', 'b', 'c', 'new', 'gone']);
    expect(by.b).toMatchObject({ degreeBefore: 2, degreeAfter: 2 });
    // Path a–b–c–new: b lies between a and c, a and new (2 of 3 pairs of n=4 → 2·2/(3·2)).
    expect(by.b!.betweennessAfter).toBeCloseTo(2 / 3, 12);
    expect(by.new).toMatchObject({ degreeBefore: null, degreeAfter: 1, betweennessBefore: null, betweennessAfter: 0 });
    expect(by.gone).toMatchObject({ name: 'gone', degreeBefore: 1, degreeAfter: null, betweennessAfter: null });
    expect(by.a!.name).toBe('A Jaya');
  });

  it('reuses metrics it is given', () => {
    const known = computeMapMetrics({ actors: after.actors, ties: after.ties, directed: false });
    known.network.density = 0.99;
    expect(compareMaps(before, after, { after: known }).figures.find((x) => x.key === 'density')!.after).toBe(0.99);
  });
});
