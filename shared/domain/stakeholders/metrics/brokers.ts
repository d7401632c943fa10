import type { Csr } from './csr';
import type { BrokerGroup } from './types';

/** The outside groups whose access from the SMEs the brokers are counted for, by actor kind. */
export const brokerTargets = ['bank', 'bds', 'buyer'] as const satisfies readonly BrokerGroup['target'][];

/** How many brokers each group lists. */
export const BROKERS_LISTED = 5;

/**
 * Brokers between the SMEs and one group of actors, by pair-dependency (Brandes 2008's
 * betweenness restricted to sources and targets, networkx's `betweenness_centrality_subset`): for
 * every connected pair (SME, member of the group), each actor other than the two ends receives the
 * share of the pair's shortest paths that run through it. `pairs[v]` sums those shares, so it
 * reads as "the routes of so many pairs": a pair with two equally short routes, one through v,
 * adds one half. `connectedPairs` counts the pairs that have a route at all (directly tied pairs
 * included: nobody stands between them).
 *
 * Shares rather than a count of pairs with at least one route through v: the count needs a set of
 * SMEs per actor and search (tens of times slower on a 2,000-actor map), and a broker on one of
 * ten equal routes is less of a gatekeeper than one on the only route.
 *
 * One breadth-first search from each member t of the group: O(ties) each.
 */
export function brokersFor(
  { n, offsets, targets: neighbours }: Csr,
  isSme: Uint8Array,
  groupIndices: readonly number[],
): { pairs: Float64Array; connectedPairs: number } {
  const pairs = new Float64Array(n);
  let connectedPairs = 0;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  // (1 + δ(w)) / σ(w) when w is an SME, δ(w) / σ(w) otherwise: one division per node, not per tie.
  const coefficient = new Float64Array(n);
  const order = new Int32Array(n);

  for (const t of groupIndices) {
    dist[t] = 0;
    sigma[t] = 1;
    order[0] = t;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (dist[w] === -1) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w]! += sigma[v]!;
      }
    }
    // Backwards through the search, as in brandes.ts, but only SMEs end a pair.
    for (let i = tail - 1; i >= 0; i--) {
      const v = order[i]!;
      const sme = isSme[v]!;
      connectedPairs += sme;
      const dv = dist[v]! + 1;
      let sum = 0;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (dist[w] === dv) sum += coefficient[w]!;
      }
      const delta = sigma[v]! * sum;
      coefficient[v] = (sme + delta) / sigma[v]!;
      if (v !== t) pairs[v]! += delta;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
    }
  }
  return { pairs, connectedPairs };
}
