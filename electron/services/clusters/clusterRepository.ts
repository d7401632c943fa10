import crypto from 'node:crypto';
import type { ClusterListItem } from '../../../shared/contract/clusters';
import { AppError } from '../../../shared/contract/errors';
import type { Cluster, ClusterFields, ProgramFields } from '../../../shared/domain/clusters/schemas';
import { totalEnterprises } from '../../../shared/domain/clusters/sizeClasses';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type ClusterRow, type ProgramRow, clusterFieldsToRow, programToRow, rowToCluster, rowToProgram } from './clusterRows';

/*
 * Repository functions take the workspace's reader (reads) or the edit's RowWriter
 * (writes) first, so every write is part of one undoable, committed edit.
 */

export function getProgram(r: WorkspaceReader): ProgramFields {
  const row = r.get<ProgramRow>('SELECT * FROM program WHERE id = 1');
  if (!row) throw new AppError('notFound', { query: 'program' });
  return rowToProgram(row);
}

export function saveProgram(w: RowWriter, p: ProgramFields): void {
  if (!w.update('program', 1, programToRow(p))) w.insert('program', { id: 1, ...programToRow(p) });
}

export function listClusters(r: WorkspaceReader): ClusterListItem[] {
  const rows = r.all<ClusterRow>('SELECT * FROM clusters ORDER BY position, name');
  return rows.map((row) => {
    const c = rowToCluster(row);
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
export function allClusters(r: WorkspaceReader): Cluster[] {
  return r.all<ClusterRow>('SELECT * FROM clusters ORDER BY position, name').map(rowToCluster);
}

export function getCluster(r: WorkspaceReader, id: string): Cluster {
  const row = r.get<ClusterRow>('SELECT * FROM clusters WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return rowToCluster(row);
}

function nextPosition(r: WorkspaceReader): number {
  return r.get<{ p: number }>('SELECT COALESCE(MAX(position), 0) + 1 AS p FROM clusters')!.p;
}

/** Inserts a cluster; `stored` keeps the id and timestamps of an imported record. */
export function insertCluster(w: RowWriter, fields: ClusterFields, stored?: Pick<Cluster, 'id' | 'createdAt' | 'updatedAt'>): string {
  const now = new Date().toISOString();
  const id = stored?.id ?? crypto.randomUUID();
  w.insert('clusters', {
    id,
    ...clusterFieldsToRow(fields),
    created_at: stored?.createdAt ?? now,
    updated_at: stored?.updatedAt ?? now,
    position: nextPosition(w),
  });
  return id;
}

export function updateCluster(w: RowWriter, id: string, fields: ClusterFields): void {
  const ok = w.update('clusters', id, { ...clusterFieldsToRow(fields), updated_at: new Date().toISOString() });
  if (!ok) throw new AppError('notFound', { query: id });
}

export function deleteCluster(w: RowWriter, id: string): void {
  if (!w.delete('clusters', id)) throw new AppError('notFound', { query: id });
}
