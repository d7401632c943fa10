import type { MapActor, Position } from '../schemas';
import { MAX_RADIUS, byKindThenInfluence } from './layoutSpacing';
import { packArcs } from './packArcs';
import { type RingBand, type RingGuides, ringGuides } from './ringGuides';
import { actorsOf, sectorWedges } from './sectorWedges';

/** The empty ring between the cluster and the rest: wide enough to read as a boundary. */
const BOUNDARY = 6 * MAX_RADIUS;

/**
 * Inside / outside the cluster: the cluster's own actors packed in a central disc (grouped by
 * sector, then kind), the outside actors on a ring around it, each sector in its own wedge.
 */
export function insideOutside(actors: readonly MapActor[]): Position[] {
  return insideOutsidePlan(actors).positions;
}

/** The cluster's boundary, the wedge borders of the outer ring and the sector names. */
export function insideOutsideGuides(actors: readonly MapActor[]): RingGuides {
  return insideOutsidePlan(actors).guides;
}

function insideOutsidePlan(actors: readonly MapActor[]): { positions: Position[]; guides: RingGuides } {
  const inside = actors.filter((a) => a.insideCluster);
  const outside = actors.filter((a) => !a.insideCluster);
  const bySectorThenKind = (a: MapActor, b: MapActor) => (a.sector < b.sector ? -1 : a.sector > b.sector ? 1 : byKindThenInfluence(a, b));
  const disc = packArcs([{ actors: [...inside].sort(bySectorThenKind), start: -Math.PI / 2, end: 1.5 * Math.PI }], 0);
  const wedges = sectorWedges(outside);
  const ringInner = inside.length > 0 ? disc.outer + BOUNDARY : 0;
  const ring = packArcs(
    [...wedges].map(([sector, w]) => ({ actors: actorsOf(outside, sector, byKindThenInfluence), ...w })),
    ringInner,
  );
  const bands: RingBand[] = [];
  if (inside.length > 0) bands.push({ labelKey: 'stakeholderLayouts.rings.inside', inner: 0, outer: disc.outer });
  if (outside.length > 0) bands.push({ labelKey: 'stakeholderLayouts.rings.outside', inner: ringInner, outer: ring.outer });
  const guides = ringGuides(bands, wedges, inside.length > 0 ? (disc.outer + ringInner) / 2 : 0);
  return { positions: [...disc.positions, ...ring.positions], guides };
}
