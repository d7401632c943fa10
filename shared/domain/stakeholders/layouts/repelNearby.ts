import type { SimulationNodeDatum } from 'd3-force';

/** A node as the repulsion force reads it: position, velocity and the radius of its shape. */
/**
 * How much more room two shapes keep side by side than one above the other (an ellipse, not a
 * circle): a name under a shape is wider than it is tall, and screens are wider than tall.
 */
export const SIDEWAYS = 1.5;

export interface RepelledNode extends SimulationNodeDatum {
  r: number;
}

/**
 * A d3-force force that pushes actors apart within `reach` (charge falling off with distance, as
 * d3's many-body force) and keeps shapes `gap` apart (as d3's collide force, SIDEWAYS more across), in one pass over a
 * grid of buckets. Why not forceManyBody + forceCollide: on 2,000 actors those two cost ~25 ms per
 * step here (Barnes–Hut quadtrees rebuilt twice), this ~3 ms; actors beyond `reach` no longer push,
 * and the centre pull and ties hold the whole together, which is what a readable map needs.
 */
export function repelNearby<N extends RepelledNode>(reach: number, gap: number, charge: (n: N) => number, random: () => number) {
  let nodes: N[] = [];
  // Positions, velocity changes and constants in typed arrays: the pair loop reads no objects.
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let dvx = new Float64Array(0);
  let dvy = new Float64Array(0);
  let radii = new Float64Array(0);
  let strengths = new Float64Array(0);
  let next = new Int32Array(0);
  let cellX = new Int32Array(0);
  let cellY = new Int32Array(0);
  let head = new Int32Array(0);
  const reach2 = reach * reach;

  function force(alpha: number): void {
    const n = nodes.length;
    if (n === 0) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = nodes[i]!.x!;
      const y = nodes[i]!.y!;
      xs[i] = x;
      ys[i] = y;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    dvx.fill(0);
    dvy.fill(0);
    // Buckets at least `reach` wide, so the 3 × 3 around an actor hold everything it reaches;
    // wider when the map is spread out, so the grid never outgrows a thousand buckets a side.
    const size = Math.max(reach, (maxX - minX) / 1000, (maxY - minY) / 1000);
    const cols = Math.floor((maxX - minX) / size) + 1;
    const rows = Math.floor((maxY - minY) / size) + 1;
    if (head.length < cols * rows) head = new Int32Array(cols * rows);
    head.fill(-1, 0, cols * rows);
    for (let i = 0; i < n; i++) {
      const cx = Math.floor((xs[i]! - minX) / size);
      const cy = Math.floor((ys[i]! - minY) / size);
      cellX[i] = cx;
      cellY[i] = cy;
      next[i] = head[cy * cols + cx]!;
      head[cy * cols + cx] = i;
    }
    for (let i = 0; i < n; i++) {
      const cx = cellX[i]!;
      const cy = cellY[i]!;
      const ax = xs[i]!;
      const ay = ys[i]!;
      const ar = radii[i]!;
      let fx = 0;
      let fy = 0;
      for (let y = Math.max(0, cy - 1); y <= Math.min(rows - 1, cy + 1); y++) {
        for (let x = Math.max(0, cx - 1); x <= Math.min(cols - 1, cx + 1); x++) {
          for (let j = head[y * cols + x]!; j !== -1; j = next[j]!) {
            if (j <= i) continue;
            let dx = xs[j]! - ax;
            let dy = ys[j]! - ay;
            let d2 = dx * dx + dy * dy;
            if (d2 >= reach2) continue;
            if (d2 === 0) {
              // Two actors on one spot: nudge them apart in a seeded direction.
              dx = (random() - 0.5) * 1e-3;
              dy = (random() - 0.5) * 1e-3;
              d2 = dx * dx + dy * dy;
            }
            d2 = Math.max(d2, 1);
            const pushA = (strengths[j]! * alpha) / d2;
            const pushB = (strengths[i]! * alpha) / d2;
            fx -= dx * pushA;
            fy -= dy * pushA;
            dvx[j] = dvx[j]! + dx * pushB;
            dvy[j] = dvy[j]! + dy * pushB;
            const br = radii[j]!;
            const min = ar + br + gap;
            // Shapes need more room side by side than above each other: names are wider than tall.
            const ex = dx / SIDEWAYS;
            const e2 = ex * ex + dy * dy;
            if (e2 < min * min) {
              const e = Math.sqrt(Math.max(e2, 1e-6));
              // Half the overlap each, the smaller shape moving more (d3 collide's weighting).
              const share = ((min - e) / e) * 0.5;
              const wa = (br * br) / (ar * ar + br * br);
              const px = ex * share * SIDEWAYS;
              const py = dy * share;
              fx -= px * wa;
              fy -= py * wa;
              dvx[j] = dvx[j]! + px * (1 - wa);
              dvy[j] = dvy[j]! + py * (1 - wa);
            }
          }
        }
      }
      dvx[i] = dvx[i]! + fx;
      dvy[i] = dvy[i]! + fy;
    }
    for (let i = 0; i < n; i++) {
      nodes[i]!.vx! += dvx[i]!;
      nodes[i]!.vy! += dvy[i]!;
    }
  }

  force.initialize = (ns: N[]) => {
    nodes = ns;
    const n = ns.length;
    [xs, ys, dvx, dvy] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    radii = Float64Array.from(ns, (d) => d.r);
    strengths = Float64Array.from(ns, charge);
    [next, cellX, cellY] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  };
  return force;
}
