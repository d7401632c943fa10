import { type Csr, csrOfArcs } from './csr';
import type { MetricsActor, MetricsTie } from './types';

/** The map as one simple graph on typed arrays, actors by index in the order of `actors`. */
export interface MapNetwork {
  ids: string[];
  index: Map<string, number>;
  /** Out-neighbours when directed, all neighbours otherwise: what the shortest paths follow. */
  paths: Csr;
  /** The same actors with every tied pair once, direction ignored: components, weak when directed. */
  pairs: Csr;
  /** Edges (undirected) or arcs (directed) of the simple graph. */
  edges: number;
  /** In + out when directed, as networkx; the number of neighbours otherwise. */
  degree: Int32Array;
  /** Sum over the actors tied to this one of the strongest tie with each. */
  strength: Float64Array;
  /** Ties that joined two distinct actors of the map (others are skipped: the services refuse them). */
  validTies: number;
}

/**
 * The map as networkx and Gephi read a simple graph: several ties between one pair (of different
 * types) make one edge. When the map is read as directed, a directed tie is one arc `from → to`
 * and an undirected tie two arcs, one each way; otherwise every tie is one undirected edge
 * whatever its own `directed` flag says. Edges carry no weight: a tie's strength says how strong a
 * relationship is, not how long a path is, so shortest paths count steps.
 *
 * Typed arrays rather than a graphology graph: building the graphology model of a 2,000-actor map
 * alone took half of the panel's 50 ms budget. The unit tests check every figure against graphology.
 */
export function buildNetwork(actors: readonly MetricsActor[], ties: readonly MetricsTie[], directed: boolean): MapNetwork {
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const actor of actors) {
    if (index.has(actor.id)) continue;
    index.set(actor.id, ids.length);
    ids.push(actor.id);
  }
  const n = ids.length;
  const arcKeys = new Set<number>();
  const arcs: number[] = [];
  const strongest = new Map<number, number>();
  const addArc = (a: number, b: number) => {
    const key = directed ? a * n + b : Math.min(a, b) * n + Math.max(a, b);
    if (arcKeys.has(key)) return;
    arcKeys.add(key);
    arcs.push(a, b);
  };
  let validTies = 0;
  for (const tie of ties) {
    const a = index.get(tie.from);
    const b = index.get(tie.to);
    if (a === undefined || b === undefined || a === b) continue;
    validTies++;
    addArc(a, b);
    if (directed && !tie.directed) addArc(b, a);
    const pair = Math.min(a, b) * n + Math.max(a, b);
    strongest.set(pair, Math.max(strongest.get(pair) ?? 0, tie.strength));
  }

  const paths = csrOfArcs(n, arcs, directed);
  const pairList: number[] = [];
  const strength = new Float64Array(n);
  for (const [pair, s] of strongest) {
    const a = Math.floor(pair / n);
    const b = pair % n;
    pairList.push(a, b);
    strength[a]! += s;
    strength[b]! += s;
  }
  const degree = new Int32Array(n);
  for (let i = 0; i < arcs.length; i += 2) {
    degree[arcs[i]!]!++;
    degree[arcs[i + 1]!]!++;
  }
  return { ids, index, paths, pairs: csrOfArcs(n, pairList, false), edges: arcs.length / 2, degree, strength, validTies };
}
