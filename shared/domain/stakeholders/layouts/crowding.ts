import { type RepelledNode, SIDEWAYS } from './repelNearby';

/**
 * How crowded a layout is: for each node, the distance to its nearest neighbour (across
 * distances counted SIDEWAYS shorter) divided by the distance their shapes need (radii + gap), capped at 1; returns the value at this quantile
 * (0.25 = a quarter of the nodes are at least this crowded). Uses a grid of buckets as wide as the
 * largest need, so it stays linear.
 */
export function crowding(nodes: readonly RepelledNode[], gap: number, quantile: number): number {
  const n = nodes.length;
  if (n < 2) return 1;
  const maxR = Math.max(...nodes.map((d) => d.r));
  const size = (2 * maxR + gap) * SIDEWAYS;
  const buckets = new Map<string, number[]>();
  const key = (x: number, y: number) => `${Math.floor(x / size)},${Math.floor(y / size)}`;
  nodes.forEach((d, i) => {
    const k = key(d.x!, d.y!);
    const list = buckets.get(k);
    if (list) list.push(i);
    else buckets.set(k, [i]);
  });
  const ratios = nodes.map((a, i) => {
    let best = 1;
    const cx = Math.floor(a.x! / size);
    const cy = Math.floor(a.y! / size);
    for (let y = cy - 1; y <= cy + 1; y++) {
      for (let x = cx - 1; x <= cx + 1; x++) {
        for (const j of buckets.get(`${x},${y}`) ?? []) {
          if (j === i) continue;
          const b = nodes[j]!;
          best = Math.min(best, Math.hypot((b.x! - a.x!) / SIDEWAYS, b.y! - a.y!) / (a.r + b.r + gap));
        }
      }
    }
    return best;
  });
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(quantile * (n - 1))]!;
}
