import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Quadrant } from '../../../shared/domain/swot/codes';
import { linkFits, linkQuadrantParams } from '../../../shared/domain/swot/linkRules';
import type { StrategyFields } from '../../../shared/domain/swot/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type StrategyRow, linkId, renumber } from './swotRows';

/*
 * TOWS strategies of a cluster, numbered 0, 1, 2, … by `position`, each citing SWOT items of the
 * two quadrants its kind pairs; a strategy's links keep their order in `tows_links.position`.
 */

/** One strategy row; notFound when there is none. */
export function getStrategy(r: WorkspaceReader, id: string): StrategyRow {
  const row = r.get<StrategyRow>('SELECT * FROM tows_strategies WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return row;
}

function strategyRows(r: WorkspaceReader, clusterId: string): StrategyRow[] {
  return r.all<StrategyRow>('SELECT * FROM tows_strategies WHERE cluster_id = ? ORDER BY position, id', clusterId);
}

/**
 * The items a strategy will cite, each once, in the order given: items of the cluster (notFound
 * otherwise) from the two quadrants its kind pairs (linkQuadrant otherwise).
 */
export function checkLinks(r: WorkspaceReader, clusterId: string, fields: StrategyFields): string[] {
  const ids = [...new Set(fields.itemIds)];
  for (const id of ids) {
    const item = r.get<{ quadrant: Quadrant }>('SELECT quadrant FROM swot_items WHERE id = ? AND cluster_id = ?', id, clusterId);
    if (!item) throw new AppError('notFound', { query: id });
    if (!linkFits(fields.kind, item.quadrant)) throw new AppError('linkQuadrant', linkQuadrantParams(fields.kind));
  }
  return ids;
}

/** Makes the strategy cite exactly `itemIds`, in that order, touching only links that change. */
function writeLinks(w: RowWriter, strategyId: string, itemIds: readonly string[]): void {
  const wanted = new Set(itemIds);
  for (const l of w.all<{ id: string; item_id: string }>('SELECT id, item_id FROM tows_links WHERE strategy_id = ?', strategyId)) {
    if (!wanted.has(l.item_id)) w.delete('tows_links', l.id);
  }
  itemIds.forEach((itemId, position) => {
    const id = linkId(strategyId, itemId);
    const row = w.get<{ position: number }>('SELECT position FROM tows_links WHERE id = ?', id);
    if (!row) w.insert('tows_links', { id, strategy_id: strategyId, item_id: itemId, position });
    else if (row.position !== position) w.update('tows_links', id, { position });
  });
}

/** What an imported strategy keeps; a new one gets a fresh id, the end of the list and the time now. */
export interface StoredStrategy {
  id?: string;
  position?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** Adds a strategy with its links (already checked) at the end of the cluster's list; returns its id. */
export function insertStrategy(w: RowWriter, clusterId: string, fields: StrategyFields, stored: StoredStrategy = {}): string {
  const now = new Date().toISOString();
  const id = stored.id ?? crypto.randomUUID();
  const position =
    stored.position ?? w.get<{ p: number }>('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM tows_strategies WHERE cluster_id = ?', clusterId)!.p;
  w.insert('tows_strategies', {
    id,
    cluster_id: clusterId,
    kind: fields.kind,
    text: fields.text,
    position,
    created_at: stored.createdAt ?? now,
    updated_at: stored.updatedAt ?? now,
  });
  writeLinks(w, id, fields.itemIds);
  return id;
}

/** Writes a strategy's kind, text and links, each link checked against the (possibly new) kind. The same fields again write nothing. */
export function updateStrategy(w: RowWriter, id: string, fields: StrategyFields): void {
  const strategy = getStrategy(w, id);
  const itemIds = checkLinks(w, strategy.cluster_id, fields);
  const linked = w.all<{ item_id: string }>('SELECT item_id FROM tows_links WHERE strategy_id = ? ORDER BY position, id', id).map((l) => l.item_id);
  if (strategy.kind === fields.kind && strategy.text === fields.text && linked.join('\n') === itemIds.join('\n')) return;
  w.update('tows_strategies', id, { kind: fields.kind, text: fields.text, updated_at: new Date().toISOString() });
  writeLinks(w, id, itemIds);
}

/** Moves a strategy to `position` (0-based, clamped) and renumbers the others. */
export function moveStrategy(w: RowWriter, id: string, position: number): void {
  const moving = getStrategy(w, id);
  const rest = strategyRows(w, moving.cluster_id).filter((s) => s.id !== id);
  rest.splice(Math.min(position, rest.length), 0, moving);
  renumber(w, 'tows_strategies', rest);
}

/** Deletes a strategy with its links and closes the gap. */
export function deleteStrategy(w: RowWriter, id: string): void {
  const { cluster_id: clusterId } = getStrategy(w, id);
  for (const l of w.all<{ id: string }>('SELECT id FROM tows_links WHERE strategy_id = ?', id)) w.delete('tows_links', l.id);
  w.delete('tows_strategies', id);
  renumber(w, 'tows_strategies', strategyRows(w, clusterId));
}

/** Drops an item from every strategy that cites it, renumbering those strategies' links; the strategies stay. */
export function unlinkItem(w: RowWriter, itemId: string): void {
  for (const l of w.all<{ id: string; strategy_id: string }>('SELECT id, strategy_id FROM tows_links WHERE item_id = ?', itemId)) {
    w.delete('tows_links', l.id);
    renumber(
      w,
      'tows_links',
      w.all<{ id: string; position: number }>('SELECT id, position FROM tows_links WHERE strategy_id = ? ORDER BY position, id', l.strategy_id),
    );
  }
}
