import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Snapshot, SnapshotSummary, StakeholderMap } from '../../../shared/domain/stakeholders/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { readMap } from './mapRepository';

/** What a snapshot freezes of the map: its `data` column, as JSON. */
export type SnapshotData = Pick<StakeholderMap, 'settings' | 'actors' | 'ties'>;

/** A snapshot's label and date as a person gives them. */
export interface SnapshotFields {
  label: string;
  takenOn: string;
}

interface SummaryRow {
  id: string;
  cluster_id: string;
  label: string;
  taken_on: string;
  created_at: string;
  actor_count: number;
  tie_count: number;
}

// The counts come from SQLite's JSON functions, so listing never parses every frozen map in JavaScript.
const SUMMARY_COLUMNS = `id, cluster_id, label, taken_on, created_at,
  json_array_length(data, '$.actors') AS actor_count, json_array_length(data, '$.ties') AS tie_count`;

function rowToSummary(r: SummaryRow): SnapshotSummary {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    label: r.label,
    takenOn: r.taken_on,
    createdAt: r.created_at,
    actorCount: r.actor_count,
    tieCount: r.tie_count,
  };
}

/** The cluster's snapshots, oldest first (by date, then when they were taken). */
export function listSnapshots(r: WorkspaceReader, clusterId: string): SnapshotSummary[] {
  return r.all<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM map_snapshots WHERE cluster_id = ? ORDER BY taken_on, created_at, id`, clusterId).map(rowToSummary);
}

export function getSnapshotSummary(r: WorkspaceReader, id: string): SnapshotSummary {
  const row = r.get<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM map_snapshots WHERE id = ?`, id);
  if (!row) throw new AppError('notFound', { query: id });
  return rowToSummary(row);
}

/** A snapshot with its frozen map. */
export function getSnapshot(r: WorkspaceReader, id: string): Snapshot {
  const row = r.get<SummaryRow & { data: string }>(`SELECT ${SUMMARY_COLUMNS}, data FROM map_snapshots WHERE id = ?`, id);
  if (!row) throw new AppError('notFound', { query: id });
  const data = JSON.parse(row.data) as SnapshotData;
  return { ...rowToSummary(row), settings: data.settings, actors: data.actors, ties: data.ties };
}

/** Every snapshot of the workspace with its frozen map, for the interchange document. */
export function allSnapshotRows(r: WorkspaceReader): (Omit<SummaryRow, 'actor_count' | 'tie_count'> & { data: string })[] {
  return r.all('SELECT id, cluster_id, label, taken_on, created_at, data FROM map_snapshots ORDER BY cluster_id, taken_on, created_at, id');
}

/** Stores a frozen map as a snapshot; returns its id. */
export function insertSnapshot(
  w: RowWriter,
  clusterId: string,
  fields: SnapshotFields,
  data: SnapshotData,
  stored: { id?: string; createdAt?: string } = {},
): string {
  const id = stored.id ?? crypto.randomUUID();
  w.insert('map_snapshots', {
    id,
    cluster_id: clusterId,
    label: fields.label,
    taken_on: fields.takenOn,
    created_at: stored.createdAt ?? new Date().toISOString(),
    data: JSON.stringify({ settings: data.settings, actors: data.actors, ties: data.ties } satisfies SnapshotData),
  });
  return id;
}

/** Freezes the cluster's map as it is now (clusterMissing when there is no such cluster). */
export function createSnapshot(w: RowWriter, clusterId: string, fields: SnapshotFields): string {
  const { settings, actors, ties } = readMap(w, clusterId);
  return insertSnapshot(w, clusterId, fields, { settings, actors, ties });
}

/** Renames or redates a snapshot; its frozen map stays as it was. */
export function updateSnapshot(w: RowWriter, id: string, fields: SnapshotFields): void {
  if (!w.update('map_snapshots', id, { label: fields.label, taken_on: fields.takenOn })) throw new AppError('notFound', { query: id });
}

export function deleteSnapshot(w: RowWriter, id: string): void {
  if (!w.delete('map_snapshots', id)) throw new AppError('notFound', { query: id });
}
