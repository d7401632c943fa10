import type { Box, Scene } from './buildScene';

/** Distance from point (px, py) to the segment (ax, ay)–(bx, by). */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The actor under a point of the plane (the last drawn, i.e. topmost, wins), or -1. `slack` widens every shape. */
export function actorAt(scene: Scene, fx: number, fy: number, slack = 0): number {
  for (let i = scene.actorIds.length - 1; i >= 0; i--) {
    const rr = scene.r[i]! + slack;
    const dx = fx - scene.x[i]!;
    const dy = fy - scene.y[i]!;
    if (dx * dx + dy * dy <= rr * rr) return i;
  }
  return -1;
}

/** The tie nearest to a point of the plane within `tolerance` (plane units), or -1. */
export function tieAt(scene: Scene, fx: number, fy: number, tolerance: number): number {
  let best = -1;
  let bestD = tolerance;
  const { x, y, from, to } = scene;
  for (let k = 0; k < from.length; k++) {
    const a = from[k]!;
    const b = to[k]!;
    // cheap reject by the segment's box before the exact distance
    if (fx < Math.min(x[a]!, x[b]!) - bestD || fx > Math.max(x[a]!, x[b]!) + bestD) continue;
    if (fy < Math.min(y[a]!, y[b]!) - bestD || fy > Math.max(y[a]!, y[b]!) + bestD) continue;
    const d = distanceToSegment(fx, fy, x[a]!, y[a]!, x[b]!, y[b]!);
    if (d <= bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/** The actors whose centre lies inside a box of the plane. */
export function actorsInBox(scene: Scene, box: Box): number[] {
  const out: number[] = [];
  for (let i = 0; i < scene.actorIds.length; i++) {
    const px = scene.x[i]!;
    const py = scene.y[i]!;
    if (px >= box.minX && px <= box.maxX && py >= box.minY && py <= box.maxY) out.push(i);
  }
  return out;
}
