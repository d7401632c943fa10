import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Quadrant, StrategyKind } from '../../../shared/domain/swot/codes';
import { linkFits, linkQuadrantParams } from '../../../shared/domain/swot/linkRules';
import type { SwotItemFields } from '../../../shared/domain/swot/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type ItemRow, itemFieldsToRow, renumber } from './swotRows';
import { unlinkItem } from './strategyRepository';

/*
 * SWOT items: each quadrant of a cluster numbers its items 0, 1, 2, … by `position` without gaps.
 * A move renumbers the quadrant it leaves and the one it enters in the same step.
 */

/** One item row; notFound when there is none. */
export function getItem(r: WorkspaceReader, id: string): ItemRow {
  const row = r.get<ItemRow>('SELECT * FROM swot_items WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return row;
}

function quadrantRows(r: WorkspaceReader, clusterId: string, quadrant: Quadrant): ItemRow[] {
  return r.all<ItemRow>('SELECT * FROM swot_items WHERE cluster_id = ? AND quadrant = ? ORDER BY position, id', clusterId, quadrant);
}

/** What an imported item keeps; a new one gets a fresh id, the end of its quadrant and the time now. */
export interface StoredItem {
  id?: string;
  position?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** Adds an item at the end of its quadrant (or where a document put it); returns its id. The caller checks the cluster. */
export function insertItem(w: RowWriter, clusterId: string, fields: SwotItemFields, stored: StoredItem = {}): string {
  const now = new Date().toISOString();
  const id = stored.id ?? crypto.randomUUID();
  const position =
    stored.position ??
    w.get<{ p: number }>('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM swot_items WHERE cluster_id = ? AND quadrant = ?', clusterId, fields.quadrant)!.p;
  w.insert('swot_items', {
    id,
    cluster_id: clusterId,
    ...itemFieldsToRow(fields),
    position,
    created_at: stored.createdAt ?? now,
    updated_at: stored.updatedAt ?? now,
  });
  return id;
}

/** Refuses (linkQuadrant) when a strategy cites the item and its kind does not draw on `quadrant`. */
function assertLinksFit(r: WorkspaceReader, itemId: string, quadrant: Quadrant): void {
  const kinds = r.all<{ kind: StrategyKind }>(
    'SELECT DISTINCT s.kind FROM tows_links l JOIN tows_strategies s ON s.id = l.strategy_id WHERE l.item_id = ? ORDER BY s.kind',
    itemId,
  );
  const misfit = kinds.find((k) => !linkFits(k.kind, quadrant));
  if (misfit) throw new AppError('linkQuadrant', linkQuadrantParams(misfit.kind));
}

/**
 * Moves an item to `position` (0-based, clamped) of a quadrant, its own or another, and renumbers
 * both quadrants. Refused when a strategy citing it would no longer fit (linkQuadrant).
 */
export function moveItem(w: RowWriter, id: string, quadrant: Quadrant, position: number): void {
  const item = getItem(w, id);
  if (quadrant !== item.quadrant) {
    assertLinksFit(w, id, quadrant);
    w.update('swot_items', id, { quadrant, updated_at: new Date().toISOString() });
    renumber(w, 'swot_items', quadrantRows(w, item.cluster_id, item.quadrant));
  }
  const rest = quadrantRows(w, item.cluster_id, quadrant).filter((row) => row.id !== id);
  rest.splice(Math.min(position, rest.length), 0, { ...item, quadrant });
  renumber(w, 'swot_items', rest);
}

/** Writes an item's fields; a new quadrant puts it at that quadrant's end (checked as a move). The same fields again write nothing. */
export function updateItem(w: RowWriter, id: string, fields: SwotItemFields): void {
  const item = getItem(w, id);
  const row = itemFieldsToRow(fields);
  if (Object.entries(row).every(([k, v]) => item[k as keyof ItemRow] === v)) return;
  if (fields.quadrant !== item.quadrant) moveItem(w, id, fields.quadrant, Number.MAX_SAFE_INTEGER);
  w.update('swot_items', id, { ...row, updated_at: new Date().toISOString() });
}

/** Deletes an item with its dots and its links to strategies (the strategies stay), and closes the gap. */
export function deleteItem(w: RowWriter, id: string): void {
  const item = getItem(w, id);
  for (const v of w.all<{ id: string }>('SELECT id FROM swot_votes WHERE item_id = ?', id)) w.delete('swot_votes', v.id);
  unlinkItem(w, id);
  w.delete('swot_items', id);
  renumber(w, 'swot_items', quadrantRows(w, item.cluster_id, item.quadrant));
}
