import type { Layout, MapActor } from '../schemas';
import { insideOutsideGuides } from './insideOutside';
import type { RingGuides } from './ringGuides';
import { sectorRingsGuides } from './sectorRings';

/**
 * What a layout draws behind the actors besides the power–interest grid: the rings and wedges of
 * the ring layouts (pass the whole map's actors, as for the grid), or null for the others.
 */
export function layoutGuides(layout: Layout, actors: readonly MapActor[]): RingGuides | null {
  if (actors.length === 0) return null;
  if (layout === 'sectorRings') return sectorRingsGuides(actors);
  if (layout === 'insideOutside') return insideOutsideGuides(actors);
  return null;
}
