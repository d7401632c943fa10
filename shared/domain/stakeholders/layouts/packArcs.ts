import type { MapActor, Position } from '../schemas';
import { nodeRadius } from '../drawing/mapStyle';
import { slotHeight, slotWidth } from './layoutSpacing';

/** Actors (already in their order) to lay along arcs between two angles (radians, clockwise from east). */
export interface ArcGroup {
  actors: readonly MapActor[];
  start: number;
  end: number;
}

/** Room left free at each end of a wedge's arc, so neighbouring wedges read apart. */
const WEDGE_GAP = 60;

/**
 * Lays groups of actors along concentric arcs from `inner` outwards: each group fills its wedge's
 * arc row by row, the last row centred in the wedge. A full circle starting at 0 puts its first
 * actor at the centre. Returns the positions and the radius the band reached.
 */
export function packArcs(groups: readonly ArcGroup[], inner: number): { positions: Position[]; outer: number } {
  const positions: Position[] = [];
  let outer = inner;
  for (const g of groups) {
    if (g.actors.length === 0) continue;
    const radius = Math.max(...g.actors.map((a) => nodeRadius(a.influence)));
    const w = slotWidth(radius);
    const h = slotHeight(radius);
    const angle = g.end - g.start;
    const full = angle >= 2 * Math.PI - 1e-9;
    const gap = full ? 0 : WEDGE_GAP;
    let r = inner === 0 && full ? 0 : inner + h / 2;
    let i = 0;
    while (i < g.actors.length) {
      const usable = angle * r - gap;
      // A narrow wedge still takes one actor in its middle once its arc is a slot wide.
      const capacity = r === 0 ? 1 : Math.max(Math.floor(usable / w), angle * r >= w ? 1 : 0);
      if (capacity >= 1) {
        const n = Math.min(capacity, g.actors.length - i);
        // A full row spreads over the whole arc; a short last row keeps the slot width, centred.
        const step = (n === capacity && !full ? usable / n : full ? (angle * r) / n : w) / Math.max(r, 1);
        const mid = (g.start + g.end) / 2;
        for (let k = 0; k < n; k++) {
          const a = mid + (k - (n - 1) / 2) * step;
          positions.push({ actorId: g.actors[i + k]!.id, x: r * Math.cos(a), y: r * Math.sin(a) });
        }
        i += n;
        outer = Math.max(outer, r + h / 2);
      }
      r += h;
    }
  }
  return { positions, outer };
}
