import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Rubric, RubricSummary, StoredRubric } from '../../../shared/domain/selection/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import type { RubricRow } from './selectionRows';

/*
 * The rubric library of a workspace: rubrics a session can start from, versioned (a save is the
 * next version of the same rubric). Sessions keep their own copy, so editing the library never
 * changes a session's scores.
 */

/** The id, version and timestamps an imported rubric keeps; a new one gets fresh ones. */
export interface StoredRubricMeta {
  id?: string;
  version?: number;
  createdAt?: string;
  updatedAt?: string;
}

function rowToSummary(r: RubricRow, rubric: Rubric): RubricSummary {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    dimensions: rubric.dimensions.length,
    criteria: rubric.dimensions.reduce((n, d) => n + d.criteria.length, 0),
    updatedAt: r.updated_at,
  };
}

function rowToStored(r: RubricRow): StoredRubric {
  const rubric = JSON.parse(r.definition) as Rubric;
  return { ...rowToSummary(r, rubric), rubric };
}

/** The library, by name. */
export function listRubrics(r: WorkspaceReader): RubricSummary[] {
  return r
    .all<RubricRow>('SELECT * FROM selection_rubrics ORDER BY name COLLATE NOCASE, id')
    .map((row) => rowToSummary(row, JSON.parse(row.definition) as Rubric));
}

/** One library rubric; notFound when there is none. */
export function getRubric(r: WorkspaceReader, id: string): StoredRubric {
  const row = r.get<RubricRow>('SELECT * FROM selection_rubrics WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return rowToStored(row);
}

/** Puts a rubric (already validated) into the library; returns its id. Also used by the rubric import and the interchange. */
export function insertRubric(w: RowWriter, rubric: Rubric, meta: StoredRubricMeta = {}): string {
  const now = new Date().toISOString();
  const id = meta.id ?? crypto.randomUUID();
  w.insert('selection_rubrics', {
    id,
    name: rubric.name,
    version: meta.version ?? 1,
    definition: JSON.stringify(rubric),
    created_at: meta.createdAt ?? now,
    updated_at: meta.updatedAt ?? now,
  });
  return id;
}

/** Saves the next version of a library rubric (its name follows the rubric's); notFound when there is none. */
export function saveRubricVersion(w: RowWriter, id: string, rubric: Rubric): void {
  const row = w.get<{ version: number }>('SELECT version FROM selection_rubrics WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  w.update('selection_rubrics', id, { name: rubric.name, version: row.version + 1, definition: JSON.stringify(rubric), updated_at: new Date().toISOString() });
}

/** Deletes a library rubric; sessions started from it keep their copy (their source is cleared). */
export function deleteRubric(w: RowWriter, id: string): void {
  if (!w.delete('selection_rubrics', id)) throw new AppError('notFound', { query: id });
}
