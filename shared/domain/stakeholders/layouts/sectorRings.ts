import type { Level } from '../codes';
import type { MapActor, Position } from '../schemas';
import { MAX_RADIUS, byKindThenInfluence } from './layoutSpacing';
import { packArcs } from './packArcs';
import { type RingBand, type RingGuides, ringGuides } from './ringGuides';
import { actorsOf, sectorWedges } from './sectorWedges';

/** Ring of an outside actor by level: the nearer its level to the cluster, the nearer the centre. */
const levelRing: Record<Level, number> = { cluster: 1, regency: 2, provincial: 3, national: 4 };
const RING_GAP = 2 * MAX_RADIUS;

/**
 * Rings by sector (Net-Map's circle): each sector of the quadruple helix takes a wedge; inside
 * the wedge the cluster's own actors (SMEs, cooperatives …) stand in the central ring and outside
 * actors in rings by level, cluster level nearest and national outermost.
 */
export function sectorRings(actors: readonly MapActor[]): Position[] {
  return sectorRingsPlan(actors).positions;
}

/** The circles, wedge borders and sector names behind the rings by sector. */
export function sectorRingsGuides(actors: readonly MapActor[]): RingGuides {
  return sectorRingsPlan(actors).guides;
}

const ringLabel = (ring: number) => (ring === 0 ? 'stakeholderLayouts.rings.inside' : `stakeholders.codes.level.${ringLevels[ring - 1]!}`);
const ringLevels: Level[] = ['cluster', 'regency', 'provincial', 'national'];

function sectorRingsPlan(actors: readonly MapActor[]): { positions: Position[]; guides: RingGuides } {
  const wedges = sectorWedges(actors);
  const ringOf = (a: MapActor) => (a.insideCluster ? 0 : levelRing[a.level]);
  const rings = [...new Set(actors.map(ringOf))].sort((a, b) => a - b);
  const positions: Position[] = [];
  const bands: RingBand[] = [];
  let inner = 0;
  for (const ring of rings) {
    const inRing = actors.filter((a) => ringOf(a) === ring);
    const groups = [...wedges].map(([sector, w]) => ({ actors: actorsOf(inRing, sector, byKindThenInfluence), ...w }));
    const band = packArcs(groups, inner);
    positions.push(...band.positions);
    bands.push({ labelKey: ringLabel(ring), inner, outer: band.outer });
    inner = band.outer + RING_GAP;
  }
  return { positions, guides: ringGuides(bands, wedges, 0) };
}
