import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Actor, ActorFields, MapActor } from '../../../shared/domain/stakeholders/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type ActorRow, type MapActorRow, actorFieldsToRow, placementId, rowToActor, rowToMapActor } from './stakeholderRows';

/*
 * Actors belong to the workspace; a placement puts one on a cluster's map. Functions take the
 * reader (reads) or the edit's RowWriter (writes) first, so each write is part of one undoable edit.
 * Every lookup here is by key, so an edit stays fast on a map of thousands of actors.
 */

/** The id and timestamps an imported record keeps; a new one gets fresh ones. */
export interface Stored {
  id?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** Throws clusterMissing when no cluster has this id. */
export function assertCluster(r: WorkspaceReader, clusterId: string): void {
  if (!r.get('SELECT 1 AS one FROM clusters WHERE id = ?', clusterId)) throw new AppError('clusterMissing', { id: clusterId });
}

export function getActor(r: WorkspaceReader, id: string): Actor {
  const row = r.get<ActorRow>('SELECT * FROM actors WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return rowToActor(row);
}

/** Every actor of the workspace, by name, with how many maps it stands on. */
export function listActors(r: WorkspaceReader): (Actor & { mapCount: number })[] {
  return r
    .all<ActorRow & { map_count: number }>(
      `SELECT a.*, (SELECT COUNT(*) FROM map_placements p WHERE p.actor_id = a.id) AS map_count
       FROM actors a ORDER BY a.name COLLATE NOCASE, a.id`,
    )
    .map((row) => ({ ...rowToActor(row), mapCount: row.map_count }));
}

/** True when the actor stands on the cluster's map. */
export function isOnMap(r: WorkspaceReader, clusterId: string, actorId: string): boolean {
  return r.get('SELECT 1 AS one FROM map_placements WHERE id = ?', placementId(clusterId, actorId)) !== undefined;
}

/** Throws actorNotOnMap when the actor does not stand on the cluster's map (or does not exist). */
export function assertOnMap(r: WorkspaceReader, clusterId: string, actorId: string): void {
  if (!isOnMap(r, clusterId, actorId)) throw new AppError('actorNotOnMap', { id: actorId });
}

/** One actor as the cluster's map shows it. */
export function getMapActor(r: WorkspaceReader, clusterId: string, actorId: string): MapActor {
  const row = r.get<MapActorRow>(
    'SELECT a.*, p.x AS x, p.y AS y FROM map_placements p JOIN actors a ON a.id = p.actor_id WHERE p.id = ?',
    placementId(clusterId, actorId),
  );
  if (!row) throw new AppError('actorNotOnMap', { id: actorId });
  return rowToMapActor(row);
}

/** Inserts an actor (on no map yet); returns its id. */
export function insertActor(w: RowWriter, fields: ActorFields, stored: Stored = {}): string {
  const now = new Date().toISOString();
  const id = stored.id ?? crypto.randomUUID();
  w.insert('actors', { id, ...actorFieldsToRow(fields), created_at: stored.createdAt ?? now, updated_at: stored.updatedAt ?? now });
  return id;
}

/** Writes an actor's fields and bumps its `updated_at`. */
export function updateActor(w: RowWriter, id: string, fields: ActorFields): void {
  if (!w.update('actors', id, { ...actorFieldsToRow(fields), updated_at: new Date().toISOString() })) throw new AppError('notFound', { query: id });
}

/**
 * Places an existing actor on the cluster's map; one already there is moved instead, so a
 * placement is never doubled. The caller checks that the cluster and the actor exist.
 */
export function placeActor(w: RowWriter, clusterId: string, actorId: string, x: number, y: number): void {
  const id = placementId(clusterId, actorId);
  if (!w.update('map_placements', id, { x, y })) w.insert('map_placements', { id, cluster_id: clusterId, actor_id: actorId, x, y });
}

/** Moves an actor that stands on the map; actorNotOnMap when it does not. */
export function moveActor(w: RowWriter, clusterId: string, actorId: string, x: number, y: number): void {
  if (!w.update('map_placements', placementId(clusterId, actorId), { x, y })) throw new AppError('actorNotOnMap', { id: actorId });
}

/** The actor's name, for edit labels and messages; the id when there is no such actor. */
export function actorName(r: WorkspaceReader, id: string): string {
  return r.get<{ name: string }>('SELECT name FROM actors WHERE id = ?', id)?.name ?? id;
}
