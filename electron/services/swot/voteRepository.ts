import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { VoterFields } from '../../../shared/domain/swot/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { dotsPerVoter } from './boardRepository';
import { getItem } from './itemRepository';
import { type VoterRow, renumber, voteId } from './swotRows';

/*
 * Dot voting: participants of a cluster's board (an actor of the workspace or a typed name),
 * numbered by `position`, and a vote row only where a participant gave an item dots.
 */

/** One participant row; notFound when there is none. */
export function getVoter(r: WorkspaceReader, id: string): VoterRow {
  const row = r.get<VoterRow>('SELECT * FROM swot_voters WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return row;
}

function voterRows(r: WorkspaceReader, clusterId: string): VoterRow[] {
  return r.all<VoterRow>('SELECT * FROM swot_voters WHERE cluster_id = ? ORDER BY position, id', clusterId);
}

/** Adds a participant at the end (or where a document put them); an actor must exist (notFound). Returns the id. */
export function insertVoter(w: RowWriter, clusterId: string, fields: VoterFields, stored: { id?: string; position?: number } = {}): string {
  if (fields.actorId !== null && !w.get('SELECT 1 AS one FROM actors WHERE id = ?', fields.actorId)) throw new AppError('notFound', { query: fields.actorId });
  const id = stored.id ?? crypto.randomUUID();
  const position = stored.position ?? w.get<{ p: number }>('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM swot_voters WHERE cluster_id = ?', clusterId)!.p;
  w.insert('swot_voters', { id, cluster_id: clusterId, name: fields.name, actor_id: fields.actorId, position });
  return id;
}

/** Removes a participant and their dots, and closes the gap. */
export function removeVoter(w: RowWriter, id: string): void {
  const voter = getVoter(w, id);
  for (const v of w.all<{ id: string }>('SELECT id FROM swot_votes WHERE voter_id = ?', id)) w.delete('swot_votes', v.id);
  w.delete('swot_voters', id);
  renumber(w, 'swot_voters', voterRows(w, voter.cluster_id));
}

/**
 * Sets the dots a participant gives an item (0 takes them back). Their dots over the cluster stay
 * within the board's dots per participant (tooManyDots otherwise, saying how many they have used).
 */
export function setVote(w: RowWriter, itemId: string, voterId: string, dots: number): void {
  const item = getItem(w, itemId);
  const voter = getVoter(w, voterId);
  if (voter.cluster_id !== item.cluster_id) throw new AppError('notFound', { query: voterId });
  const id = voteId(itemId, voterId);
  const used = w.get<{ used: number }>('SELECT COALESCE(SUM(dots), 0) AS used FROM swot_votes WHERE voter_id = ?', voterId)!.used;
  const here = w.get<{ dots: number }>('SELECT dots FROM swot_votes WHERE id = ?', id)?.dots ?? 0;
  const limit = dotsPerVoter(w, item.cluster_id);
  if (used - here + dots > limit) throw new AppError('tooManyDots', { voter: voter.name, limit, used });
  if (dots === 0) w.delete('swot_votes', id);
  else if (!w.update('swot_votes', id, { dots })) insertVote(w, itemId, voterId, dots);
}

/** Inserts a vote without checks (documents); returns its id. */
export function insertVote(w: RowWriter, itemId: string, voterId: string, dots: number): string {
  const id = voteId(itemId, voterId);
  w.insert('swot_votes', { id, item_id: itemId, voter_id: voterId, dots });
  return id;
}

/** Takes every dot on the cluster's board back. */
export function clearVotes(w: RowWriter, clusterId: string): void {
  const votes = w.all<{ id: string }>('SELECT v.id FROM swot_votes v JOIN swot_items i ON i.id = v.item_id WHERE i.cluster_id = ?', clusterId);
  for (const v of votes) w.delete('swot_votes', v.id);
}
