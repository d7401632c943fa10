import crypto from 'node:crypto';
import type { ClusterListItem } from '../../../shared/contract/clusters';
import { AppError } from '../../../shared/contract/errors';
import type { Cluster, ClusterFields, ProgramFields } from '../../../shared/domain/clusters/schemas';
import { totalEnterprises } from '../../../shared/domain/clusters/sizeClasses';
import type { Database } from '../../db/sqlite';
import type { RowWriter } from '../workspace/rowChanges';
import { type ClusterRow, type ProgramRow, clusterFieldsToRow, programToRow, rowToCluster, rowToProgram } from './clusterRows';

/*
 * Repository functions take the connection (reads) or the edit's RowWriter (writes)
 * first, so every write is part of one undoable, committed edit.
 */

export function getProgram(db: Database): ProgramFields {
  const row = db.prepare('SELECT * FROM program WHERE id = 1').get() as ProgramRow | undefined;
  if (!row) throw new AppError('notFound', { query: 'program' });
  return rowToProgram(row);
}

export function saveProgram(w: RowWriter, p: ProgramFields): void {
  if (!w.update('program', 'id', 1, programToRow(p))) w.insert('program', 'id', { id: 1, ...programToRow(p) });
}

export function listClusters(db: Database): ClusterListItem[] {
  const rows = db.prepare('SELECT * FROM clusters ORDER BY position, name').all() as ClusterRow[];
  return rows.map((r) => {
    const c = rowToCluster(r);
    return {
      id: c.id,
      name: c.name,
      group: c.group,
      village: c.village,
      district: c.district,
      regency: c.regency,
      province: c.province,
      sector: c.sector,
      enterprises: totalEnterprises(c),
      workers: c.workers,
      productionValue: c.productionValue,
      updatedAt: c.updatedAt,
    };
  });
}

/** Every cluster with all fields, in list order (exports). */
export function allClusters(db: Database): Cluster[] {
  return (db.prepare('SELECT * FROM clusters ORDER BY position, name').all() as ClusterRow[]).map(rowToCluster);
}

export function getCluster(db: Database, id: string): Cluster {
  const row = db.prepare('SELECT * FROM clusters WHERE id = ?').get(id) as ClusterRow | undefined;
  if (!row) throw new AppError('notFound', { query: id });
  return rowToCluster(row);
}

function nextPosition(db: Database): number {
  const r = db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS p FROM clusters').get() as { p: number };
  return r.p;
}

/** Inserts a cluster; `stored` keeps the id and timestamps of an imported record. */
export function insertCluster(w: RowWriter, fields: ClusterFields, stored?: Pick<Cluster, 'id' | 'createdAt' | 'updatedAt'>): string {
  const now = new Date().toISOString();
  const id = stored?.id ?? crypto.randomUUID();
  w.insert('clusters', 'id', {
    id,
    ...clusterFieldsToRow(fields),
    created_at: stored?.createdAt ?? now,
    updated_at: stored?.updatedAt ?? now,
    position: nextPosition(w.db),
  });
  return id;
}

export function updateCluster(w: RowWriter, id: string, fields: ClusterFields): void {
  const ok = w.update('clusters', 'id', id, { ...clusterFieldsToRow(fields), updated_at: new Date().toISOString() });
  if (!ok) throw new AppError('notFound', { query: id });
}

export function deleteCluster(w: RowWriter, id: string): void {
  if (!w.delete('clusters', 'id', id)) throw new AppError('notFound', { query: id });
}
