import { type Sector, sectors } from '../codes';

/** Room each placed actor gets, in map units: the largest node is about 80 across. */
export const ARRANGE_SPACING = 110;

/**
 * Where new actors go: in rings around the actors already on the map, each sector in its own
 * wedge (sized by how many actors it brings), ring after ring outwards, so a large import lands
 * readable and grouped instead of in a heap. Positions come back in the order of `newSectors`.
 */
export function arrangeNewActors(existing: readonly { x: number; y: number }[], newSectors: readonly Sector[]): { x: number; y: number }[] {
  if (newSectors.length === 0) return [];
  let cx = 0;
  let cy = 0;
  let reach = 0;
  if (existing.length > 0) {
    cx = existing.reduce((s, p) => s + p.x, 0) / existing.length;
    cy = existing.reduce((s, p) => s + p.y, 0) / existing.length;
    reach = Math.max(...existing.map((p) => Math.hypot(p.x - cx, p.y - cy)));
  }
  const firstRing = existing.length > 0 ? reach + ARRANGE_SPACING * 1.5 : ARRANGE_SPACING;
  const out: { x: number; y: number }[] = new Array<{ x: number; y: number }>(newSectors.length);
  const total = newSectors.length;
  let angle = -Math.PI / 2;
  for (const sector of sectors) {
    const members = newSectors.flatMap((s, i) => (s === sector ? [i] : []));
    if (members.length === 0) continue;
    const wedge = (2 * Math.PI * members.length) / total;
    let placed = 0;
    let r = firstRing;
    while (placed < members.length) {
      // How many fit on this ring's arc of the wedge, a spacing apart.
      const fit = Math.max(1, Math.floor((wedge * r) / ARRANGE_SPACING));
      const n = Math.min(fit, members.length - placed);
      for (let k = 0; k < n; k++) {
        const a = angle + (wedge * (k + 0.5)) / n;
        out[members[placed + k]!] = { x: Math.round(cx + r * Math.cos(a)), y: Math.round(cy + r * Math.sin(a)) };
      }
      placed += n;
      r += ARRANGE_SPACING;
    }
    angle += wedge;
  }
  return out;
}
