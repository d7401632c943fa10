import type { Layout, MapActor, Position, Tie } from '../schemas';
import { forceLayout } from './forceLayout';
import { insideOutside } from './insideOutside';
import { powerInterestGrid } from './powerInterestGrid';
import { sectorRings } from './sectorRings';

/** Options of a layout run. */
export interface LayoutOptions {
  /** Called now and then with the share done (0–1); only the force layout takes long enough to report. */
  onProgress?: (done: number) => void;
}

/**
 * Where each actor of the map stands under a layout: one position (the actor's centre, in map
 * units) per actor, in the order of `actors`. `free` keeps the current positions (by default the
 * actors' own x / y). Pure and deterministic: the worker, the tests and the benches run it.
 */
export function computeLayout(
  layout: Layout,
  actors: readonly MapActor[],
  ties: readonly Tie[],
  currentPositions: readonly Position[] = actors.map((a) => ({ actorId: a.id, x: a.x, y: a.y })),
  options: LayoutOptions = {},
): Position[] {
  const placed = placeAll(layout, actors, ties, currentPositions, options);
  const byId = new Map(placed.map((p) => [p.actorId, p]));
  return actors.map((a) => {
    const p = byId.get(a.id);
    return p ? { actorId: a.id, x: round(p.x), y: round(p.y) } : { actorId: a.id, x: a.x, y: a.y };
  });
}

function placeAll(layout: Layout, actors: readonly MapActor[], ties: readonly Tie[], current: readonly Position[], options: LayoutOptions): Position[] {
  switch (layout) {
    case 'free':
      return [...current];
    case 'force':
      return forceLayout(actors, ties, options);
    case 'sectorRings':
      return sectorRings(actors);
    case 'insideOutside':
      return insideOutside(actors);
    case 'powerInterest':
      return powerInterestGrid(actors);
  }
}

/** Whole map units are plenty and keep stored positions and snapshots short. */
function round(v: number): number {
  return Math.round(v);
}
