import type { ActorFields, MapActor, Tie, TieFields } from '../../../shared/domain/stakeholders/schemas';

const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

/** An actor's fields: an SME of the cluster, neutral, middling influence, unless told otherwise. */
export function actorFields(name: string, over: Partial<ActorFields> = {}): ActorFields {
  return {
    name,
    kind: 'sme',
    sector: 'business',
    level: 'cluster',
    insideCluster: true,
    role: null,
    influence: 2,
    interest: 3,
    attitude: 'neutral',
    potentiallyViable: false,
    leadingFirm: false,
    contact: '',
    notes: '',
    ...over,
  };
}

/** A tie's fields: an undirected collaboration of strength 3, trust not asked, unless told otherwise. */
export function tieFields(from: string, to: string, over: Partial<TieFields> = {}): TieFields {
  return { from, to, type: 'collaboration', directed: false, strength: 3, trust: null, formal: false, since: null, notes: '', ...over };
}

/** An actor as a map holds it, named by its id, at the origin (see {@link actorFields}). */
export function mapActor(id: string, over: Partial<MapActor> = {}): MapActor {
  return { id, ...actorFields(id), x: 0, y: 0, ...stamp, ...over };
}

/** A tie of the cluster `c1` as a map holds it (see {@link tieFields}). */
export function mapTie(id: string, from: string, to: string, over: Partial<Tie> = {}): Tie {
  return { id, clusterId: 'c1', ...tieFields(from, to), ...stamp, ...over };
}
