import { type Sector, sectors } from '../codes';
import type { MapActor } from '../schemas';

/** No sector present gets less than this share of the circle, so a small one still reads as a wedge. */
const MIN_SHARE = 0.12;

/**
 * The wedge of the circle each sector present takes, in the sectors' fixed order from the top
 * clockwise, sized by how many actors it has. Layouts that share it put a sector in the same
 * direction.
 */
export function sectorWedges(actors: readonly Pick<MapActor, 'sector'>[]): Map<Sector, { start: number; end: number }> {
  const counts = sectors.map((s) => actors.filter((a) => a.sector === s).length);
  const total = counts.reduce((a, b) => a + b, 0);
  const present = counts.filter((c) => c > 0).length;
  const raw = counts.map((c) => (c === 0 ? 0 : Math.max(MIN_SHARE, c / Math.max(1, total))));
  const sum = raw.reduce((a, b) => a + b, 0) || 1;
  const out = new Map<Sector, { start: number; end: number }>();
  let at = -Math.PI / 2 - (present === 1 ? Math.PI : 0);
  sectors.forEach((s, i) => {
    const share = raw[i]! / sum;
    if (share === 0) return;
    const end = at + share * 2 * Math.PI;
    out.set(s, { start: at, end });
    at = end;
  });
  return out;
}

/** Actors of one sector, in a stable order. */
export function actorsOf<A extends Pick<MapActor, 'sector'>>(actors: readonly A[], sector: Sector, order: (a: A, b: A) => number): A[] {
  return actors.filter((a) => a.sector === sector).sort(order);
}
