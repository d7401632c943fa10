import type { MetricsActor, MetricsTie } from '../../../../../shared/domain/stakeholders/metrics/types';
import type { StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';

/** What the metrics read of a map: no positions, so moving actors never recomputes them. */
export interface MetricsInput {
  clusterId: string;
  actors: MetricsActor[];
  ties: MetricsTie[];
  directed: boolean;
}

/** The part of a map the metrics depend on, small enough to post to the worker. */
export function metricsInputOf(map: StakeholderMap): MetricsInput {
  return {
    clusterId: map.clusterId,
    actors: map.actors.map(({ id, name, kind, sector, insideCluster }) => ({ id, name, kind, sector, insideCluster })),
    ties: map.ties.map(({ id, from, to, type, directed, strength, trust }) => ({ id, from, to, type, directed, strength, trust })),
    directed: map.settings.directed,
  };
}

/**
 * Whether two inputs give the same metrics: a reload after a move or a notes edit builds a new
 * map object, and comparing a few fields per record (well under a millisecond for 7,000 records)
 * is far cheaper than recomputing.
 */
export function sameMetricsInput(a: MetricsInput, b: MetricsInput): boolean {
  if (a.clusterId !== b.clusterId || a.directed !== b.directed || a.actors.length !== b.actors.length || a.ties.length !== b.ties.length) return false;
  for (let i = 0; i < a.actors.length; i++) {
    const x = a.actors[i]!;
    const y = b.actors[i]!;
    if (x.id !== y.id || x.name !== y.name || x.kind !== y.kind || x.sector !== y.sector || x.insideCluster !== y.insideCluster) return false;
  }
  for (let i = 0; i < a.ties.length; i++) {
    const x = a.ties[i]!;
    const y = b.ties[i]!;
    if (
      x.id !== y.id ||
      x.from !== y.from ||
      x.to !== y.to ||
      x.type !== y.type ||
      x.directed !== y.directed ||
      x.strength !== y.strength ||
      x.trust !== y.trust
    )
      return false;
  }
  return true;
}
