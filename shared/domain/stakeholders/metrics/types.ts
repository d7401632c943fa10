/**
 * What the metrics of a stakeholder map are, for the panel, the table view, snapshots and the
 * CLI's `metrics --json`. Normalisation follows networkx and Gephi (see computeMapMetrics).
 */

import type { MapActor, Tie } from '../schemas';

/** What the metrics read of an actor and of a tie; positions and notes play no part. */
export type MetricsActor = Pick<MapActor, 'id' | 'name' | 'kind' | 'sector' | 'insideCluster'>;
export type MetricsTie = Pick<Tie, 'id' | 'from' | 'to' | 'type' | 'directed' | 'strength' | 'trust'>;

/** Per actor. `null` where a figure is undefined (closeness of an isolate is 0, as networkx). */
export interface ActorMetrics {
  actorId: string;
  name: string;
  /** Number of actors it is tied to; when directed, arcs in plus arcs out (a pair tied both ways counts twice), as networkx. */
  degree: number;
  /** Degree divided by n − 1 (networkx's degree_centrality). */
  degreeCentrality: number;
  /** Sum over the actors it is tied to of the strongest tie with each (1–5): a weight means how strong a tie is. */
  strength: number;
  /** Normalised betweenness over unweighted shortest paths (networkx: divided by (n−1)(n−2)/2 undirected, (n−1)(n−2) directed). */
  betweenness: number;
  /** Closeness within its component, scaled by the component's reach (networkx's wf_improved); directed: distances to the actor. */
  closeness: number;
  /** Index of the connected (weakly, when directed) component, largest first. */
  component: number;
  isolate: boolean;
}

export interface NetworkMetrics {
  actors: number;
  /** Ties on the map (each type counts), as the user entered them. */
  ties: number;
  directed: boolean;
  /** Ties between distinct pairs over possible pairs (several ties between one pair count once). */
  density: number;
  components: number;
  largestComponent: number;
  isolates: number;
}

/**
 * Brokers on the shortest paths between the SMEs and one kind of actor, top 5 (see brokers.ts):
 * `pairs` sums, over the connected (SME, target) pairs, the share of each pair's shortest paths
 * that run through the broker (pair-dependency); `share` divides it by the connected pairs, i.e.
 * the share of all SME–target routes the broker carries.
 */
export interface BrokerGroup {
  target: 'bank' | 'bds' | 'buyer';
  brokers: { actorId: string; name: string; pairs: number; share: number }[];
}

/**
 * JICA's social capital on the map: internal bonding and bridging, with trust. Bonding, bridging
 * and brokers count pairs of actors joined by a tie other than conflict, in either direction.
 */
export interface SocialCapital {
  bonding: {
    smes: number;
    /** Density of the ties among SMEs only; null with fewer than two SMEs. */
    density: number | null;
    /** Share of SMEs with no tie to another SME; null without SMEs. */
    isolatedShare: number | null;
    isolatedSmeIds: string[];
  };
  bridging: {
    /** Pairs tied between an inside and an outside actor. */
    ties: number;
    /** Their share of all tied pairs; null without any. */
    share: number | null;
    /** Krackhardt–Stern E-I index by inside / outside: (external − internal) / all ties, −1..1. */
    eiInsideOutside: number | null;
    /** The same by sector. */
    eiSector: number | null;
  };
  trust: {
    /** Mean trust (1–5) over ties whose trust is known; null when none is. */
    average: number | null;
    known: number;
    unknown: number;
  };
  brokers: BrokerGroup[];
}

export interface MapMetrics {
  actors: ActorMetrics[];
  network: NetworkMetrics;
  socialCapital: SocialCapital;
}
