import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Tie, TieFields } from '../../../shared/domain/stakeholders/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type Stored, actorName, assertOnMap } from './actorRepository';
import { type TieRow, rowToTie, tieFieldsToRow } from './stakeholderRows';

export function getTie(r: WorkspaceReader, id: string): Tie {
  const row = r.get<TieRow>('SELECT * FROM ties WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return rowToTie(row);
}

/**
 * The tie of the map that `fields` would duplicate, if any: the same type between the same
 * pair — in the same direction when both ties are directed, in either direction when either is
 * undirected. `exceptId` leaves out the tie being edited.
 */
export function findDuplicateTie(
  r: WorkspaceReader,
  clusterId: string,
  fields: Pick<TieFields, 'from' | 'to' | 'type' | 'directed'>,
  exceptId = '',
): Tie | undefined {
  // One indexed look-up per direction: `+cluster_id` keeps SQLite off the cluster index, which
  // would walk every tie of the map.
  const row = r.get<TieRow>(
    `SELECT * FROM ties WHERE from_actor = @from AND to_actor = @to AND +cluster_id = @cluster AND type = @type AND id <> @except
     UNION ALL
     SELECT * FROM ties WHERE from_actor = @to AND to_actor = @from AND +cluster_id = @cluster AND type = @type AND id <> @except
       AND (directed = 0 OR @directed = 0)
     LIMIT 1`,
    { cluster: clusterId, type: fields.type, except: exceptId, from: fields.from, to: fields.to, directed: fields.directed ? 1 : 0 },
  );
  return row ? rowToTie(row) : undefined;
}

/**
 * Refuses a tie the map cannot hold, before anything is written: an end not on the cluster's
 * map (actorNotOnMap), a tie from an actor to itself (selfTie), or a duplicate (duplicateTie,
 * naming both actors).
 */
export function checkTie(r: WorkspaceReader, clusterId: string, fields: TieFields, exceptId = ''): void {
  if (fields.from === fields.to) throw new AppError('selfTie', { from: actorName(r, fields.from) });
  assertOnMap(r, clusterId, fields.from);
  assertOnMap(r, clusterId, fields.to);
  if (findDuplicateTie(r, clusterId, fields, exceptId)) {
    throw new AppError('duplicateTie', { from: actorName(r, fields.from), to: actorName(r, fields.to) });
  }
}

/** Inserts a tie on the cluster's map without checking it (see {@link checkTie}); returns its id. */
export function insertTie(w: RowWriter, clusterId: string, fields: TieFields, stored: Stored = {}): string {
  const now = new Date().toISOString();
  const id = stored.id ?? crypto.randomUUID();
  w.insert('ties', { id, cluster_id: clusterId, ...tieFieldsToRow(fields), created_at: stored.createdAt ?? now, updated_at: stored.updatedAt ?? now });
  return id;
}

/** Writes a tie's fields and bumps its `updated_at`; the caller checks them first. */
export function updateTie(w: RowWriter, id: string, fields: TieFields): void {
  if (!w.update('ties', id, { ...tieFieldsToRow(fields), updated_at: new Date().toISOString() })) throw new AppError('notFound', { query: id });
}
