import { AppError } from '../../../shared/contract/errors';
import type { FundingSourceFields } from '../../../shared/domain/plan/schemas';
import type { FundingSource } from '../../../shared/domain/plan/types';
import { catalogText } from '../stakeholders/io/catalogText';
import { renumber } from '../swot/swotRows';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import type { FundingRow } from './planTableRows';

/*
 * The workspace's one list of funding sources, shared by every plan, numbered 0, 1, 2 … by
 * `position`. The ten built-in ones have a key and no name until renamed (the catalog names them).
 */

/** The workspace's funding sources in list order. */
export function readFundingSources(r: WorkspaceReader): FundingSource[] {
  return r.all<FundingRow>('SELECT * FROM funding_sources ORDER BY position, id').map((f) => ({ id: f.id, key: f.key, name: f.name, position: f.position }));
}

/** One funding source row; notFound when there is none. */
export function getFundingSource(r: WorkspaceReader, id: string): FundingRow {
  const row = r.get<FundingRow>('SELECT * FROM funding_sources WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return row;
}

const sourceRows = (r: WorkspaceReader) => r.all<FundingRow>('SELECT * FROM funding_sources ORDER BY position, id');

/** Case and spacing folded, so "hibah bank dunia" and "Hibah  Bank Dunia" count as one name. */
const folded = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

/**
 * The names the other sources go by: their own, and a built-in's catalog name in both languages
 * even when renamed (renaming it back to "" brings that name back, and the budget tables of a plan
 * printed in the other language show it).
 */
function takenNames(rows: FundingRow[]): Set<string> {
  return new Set(
    rows.flatMap((f) =>
      [f.name, ...(f.key ? (['id', 'en'] as const).map((lang) => catalogText(lang, `plan.codes.funding.${f.key}`)) : [])].filter(Boolean).map(folded),
    ),
  );
}

/**
 * Renames a source, or adds one at the end of the list under a new id. A built-in source renamed
 * to "" takes its catalog name again; a source of the facilitator's own needs a name (invalidInput),
 * and no two sources may go by the same name (fundingSourceExists): a budget table could not tell them apart.
 */
export function saveFundingSource(w: RowWriter, source: FundingSourceFields): void {
  const existing = w.get<FundingRow>('SELECT * FROM funding_sources WHERE id = ?', source.id);
  if (source.name === '' && existing?.key == null) throw new AppError('invalidInput', { field: 'name', detail: 'validation.required' });
  const others = sourceRows(w).filter((f) => f.id !== source.id);
  if (source.name !== '' && takenNames(others).has(folded(source.name))) throw new AppError('fundingSourceExists', { name: source.name.trim() });
  if (!existing) {
    const position = w.get<{ p: number }>('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM funding_sources')!.p;
    w.insert('funding_sources', { id: source.id, key: null, name: source.name, position });
  } else if (existing.name !== source.name) w.update('funding_sources', source.id, { name: source.name });
}

/**
 * Deletes a source and closes the gap; refused (fundingSourceInUse) while a budget line of any plan
 * is paid from it. A built-in source not renamed is named by its catalog key, which the message words.
 */
export function deleteFundingSource(w: RowWriter, id: string): void {
  const source = getFundingSource(w, id);
  const count = w.get<{ n: number }>('SELECT COUNT(*) AS n FROM plan_budget_lines WHERE source_id = ?', id)!.n;
  if (count > 0) throw new AppError('fundingSourceInUse', { name: source.name || `plan.codes.funding.${source.key}`, count });
  w.delete('funding_sources', id);
  renumber(w, 'funding_sources', sourceRows(w));
}

/** Moves a source to `position` (0-based, clamped) and renumbers the others. */
export function moveFundingSource(w: RowWriter, id: string, position: number): void {
  const moving = getFundingSource(w, id);
  const rest = sourceRows(w).filter((s) => s.id !== id);
  rest.splice(Math.min(position, rest.length), 0, moving);
  renumber(w, 'funding_sources', rest);
}
