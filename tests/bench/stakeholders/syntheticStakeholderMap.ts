import type { MapActor, StakeholderMap, Tie } from '../../../shared/domain/stakeholders/schemas';
import { syntheticMap } from '../../support/syntheticMap';

const STAMP = '2026-01-01T00:00:00.000Z';

/**
 * tests/support/syntheticMap.ts's map as the app holds it (ids `a<i>` and `t<i>`), every actor at
 * the origin: the input of the layouts, the exports and the import bench.
 */
export function syntheticStakeholderMap(actorCount = 2000, tieCount = 5000): StakeholderMap {
  const clusterId = 'bench-cluster';
  const { actors, ties } = syntheticMap(actorCount, tieCount);
  return {
    clusterId,
    settings: { directed: false, layout: 'force' },
    actors: actors.map((a, i): MapActor => ({ ...a, id: `a${i}`, createdAt: STAMP, updatedAt: STAMP, x: 0, y: 0 })),
    ties: ties.map((t, i): Tie => ({ ...t, from: `a${t.from}`, to: `a${t.to}`, id: `t${i}`, clusterId, createdAt: STAMP, updatedAt: STAMP })),
  };
}
