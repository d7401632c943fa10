import type { Determinant } from '../../../shared/domain/selection/codes';
import { type Quadrant, type StrategyKind, quadrants } from '../../../shared/domain/swot/codes';
import type { SwotItem, SwotItemFields, SwotVoter, TowsStrategy } from '../../../shared/domain/swot/schemas';
import type { Row, RowWriter } from '../workspace/RowWriter';

/** SQL that sorts items in the board's quadrant order (S, W, O, T) rather than by name. */
export const QUADRANT_ORDER = `CASE quadrant ${quadrants.map((q, i) => `WHEN '${q}' THEN ${i}`).join(' ')} END`;

/** A `swot_items` row as SQLite returns it. */
export interface ItemRow {
  id: string;
  cluster_id: string;
  quadrant: Quadrant;
  text: string;
  determinant: Determinant | null;
  evidence: string;
  position: number;
  created_at: string;
  updated_at: string;
}

/** A `swot_voters` row as SQLite returns it. */
export interface VoterRow {
  id: string;
  cluster_id: string;
  name: string;
  actor_id: string | null;
  position: number;
}

/** A `swot_votes` row as SQLite returns it. */
export interface VoteRow {
  id: string;
  item_id: string;
  voter_id: string;
  dots: number;
}

/** A `tows_strategies` row as SQLite returns it. */
export interface StrategyRow {
  id: string;
  cluster_id: string;
  kind: StrategyKind;
  text: string;
  position: number;
  created_at: string;
  updated_at: string;
}

/** The `swot_items` columns of an item's editable fields (its quadrant moves with `move`). */
export function itemFieldsToRow(f: SwotItemFields): Row {
  return { quadrant: f.quadrant, text: f.text, determinant: f.determinant, evidence: f.evidence };
}

/** An item with its votes (already in voter order); `dots` is their total. */
export function rowToItem(r: ItemRow, votes: { voterId: string; dots: number }[]): SwotItem {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    quadrant: r.quadrant,
    text: r.text,
    determinant: r.determinant,
    evidence: r.evidence,
    position: r.position,
    dots: votes.reduce((sum, v) => sum + v.dots, 0),
    votes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function rowToVoter(r: VoterRow): SwotVoter {
  return { id: r.id, clusterId: r.cluster_id, name: r.name, actorId: r.actor_id, position: r.position };
}

/** A strategy with its linked items' ids, in link order. */
export function rowToStrategy(r: StrategyRow, itemIds: string[]): TowsStrategy {
  return { id: r.id, clusterId: r.cluster_id, kind: r.kind, text: r.text, itemIds, position: r.position, createdAt: r.created_at, updatedAt: r.updated_at };
}

/** A vote's key: one voter gives one item one number of dots. */
export const voteId = (itemId: string, voterId: string) => `${itemId}/${voterId}`;
/** A link's key: a strategy cites an item once. */
export const linkId = (strategyId: string, itemId: string) => `${strategyId}/${itemId}`;

/** Writes positions 0, 1, 2, … in the given order, touching only rows whose number changes. */
export function renumber(w: RowWriter, table: string, rows: readonly { id: string; position: number }[]): void {
  rows.forEach((row, i) => {
    if (row.position !== i) w.update(table, row.id, { position: i });
  });
}
