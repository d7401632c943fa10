import type { ActorKind, Attitude, Level, Role, Sector, TieType } from '../../../shared/domain/stakeholders/codes';
import type { Actor, ActorFields, MapActor, Tie, TieFields } from '../../../shared/domain/stakeholders/schemas';
import type { Row } from '../workspace/RowWriter';

/** An `actors` row as SQLite returns it. */
export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  sector: Sector;
  level: Level;
  inside_cluster: number;
  role: Role | null;
  influence: number;
  interest: number;
  attitude: Attitude;
  potentially_viable: number;
  leading_firm: number;
  contact: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** The `actors` columns of an actor's editable fields. */
export function actorFieldsToRow(f: ActorFields): Row {
  return {
    name: f.name,
    kind: f.kind,
    sector: f.sector,
    level: f.level,
    inside_cluster: f.insideCluster ? 1 : 0,
    role: f.role,
    influence: f.influence,
    interest: f.interest,
    attitude: f.attitude,
    potentially_viable: f.potentiallyViable ? 1 : 0,
    leading_firm: f.leadingFirm ? 1 : 0,
    contact: f.contact,
    notes: f.notes,
  };
}

export function rowToActor(r: ActorRow): Actor {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    sector: r.sector,
    level: r.level,
    insideCluster: r.inside_cluster === 1,
    role: r.role,
    influence: r.influence,
    interest: r.interest,
    attitude: r.attitude,
    potentiallyViable: r.potentially_viable === 1,
    leadingFirm: r.leading_firm === 1,
    contact: r.contact,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** An actor row joined with its placement on one map (`x`, `y`). */
export type MapActorRow = ActorRow & { x: number; y: number };

export function rowToMapActor(r: MapActorRow): MapActor {
  return { ...rowToActor(r), x: r.x, y: r.y };
}

/** A `ties` row as SQLite returns it. */
export interface TieRow {
  id: string;
  cluster_id: string;
  from_actor: string;
  to_actor: string;
  type: TieType;
  directed: number;
  strength: number;
  trust: number | null;
  formal: number;
  since: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** The `ties` columns of a tie's editable fields. */
export function tieFieldsToRow(f: TieFields): Row {
  return {
    from_actor: f.from,
    to_actor: f.to,
    type: f.type,
    directed: f.directed ? 1 : 0,
    strength: f.strength,
    trust: f.trust,
    formal: f.formal ? 1 : 0,
    since: f.since,
    notes: f.notes,
  };
}

export function rowToTie(r: TieRow): Tie {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    from: r.from_actor,
    to: r.to_actor,
    type: r.type,
    directed: r.directed === 1,
    strength: r.strength,
    trust: r.trust,
    formal: r.formal === 1,
    since: r.since,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A placement's key: one actor stands once on one cluster's map. */
export const placementId = (clusterId: string, actorId: string) => `${clusterId}/${actorId}`;
/** A matrix cell's key: one value per row and actor. */
export const cellId = (rowId: string, actorId: string) => `${rowId}/${actorId}`;
