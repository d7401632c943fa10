/**
 * A graph as compressed sparse rows: the neighbours of node `v` are
 * `targets[offsets[v] .. offsets[v + 1])`. Out-neighbours when directed, all neighbours otherwise.
 */
export interface Csr {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * CSR of `n` nodes from arcs given as `[a0, b0, a1, b1, …]`, each once: `a → b` only when
 * directed, both ways otherwise.
 */
export function csrOfArcs(n: number, arcs: readonly number[], directed: boolean): Csr {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < arcs.length; i += 2) {
    offsets[arcs[i]! + 1]!++;
    if (!directed) offsets[arcs[i + 1]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (let i = 0; i < arcs.length; i += 2) {
    const a = arcs[i]!;
    const b = arcs[i + 1]!;
    targets[fill[a]!++] = b;
    if (!directed) targets[fill[b]!++] = a;
  }
  return { n, offsets, targets };
}
