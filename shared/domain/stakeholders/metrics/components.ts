import type { Csr } from './csr';

/** Connected components of a map, largest first. */
export interface Components {
  /** Component index of each node, by node index (0 = the largest). */
  of: Int32Array;
  /** Size of each component, by component index. */
  sizes: number[];
}

/**
 * Connected components by breadth-first search over the tied pairs, direction ignored: weakly
 * connected when the map is directed (a tie joins two actors whichever way it points). Equal sizes
 * keep the order of their first actor, so the numbering is stable from one computation to the next.
 */
export function componentsOf({ n, offsets, targets }: Csr): Components {
  const found = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (found[s] !== -1) continue;
    const c = sizes.length;
    found[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (found[w] === -1) {
          found[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  // Components were found in the order of their first actor; a stable sort keeps it among equals.
  const rank = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]!);
  const renumber = new Int32Array(sizes.length);
  rank.forEach((c, i) => (renumber[c] = i));
  const of = new Int32Array(n);
  for (let v = 0; v < n; v++) of[v] = renumber[found[v]!]!;
  return { of, sizes: rank.map((c) => sizes[c]!) };
}
