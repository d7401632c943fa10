import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { ScorerFields } from '../../../shared/domain/selection/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { deleteCells } from './scoreRepository';

/*
 * Scorers of a session: working-group members, typed or taken from a stakeholder map's actors.
 * The name is kept as given (the actor's name at that time), so renaming the actor later does not
 * rewrite who scored.
 */

export interface ScorerRow {
  id: string;
  session_id: string;
  name: string;
  actor_id: string | null;
  position: number;
}

/** One scorer; notFound when there is none. */
export function getScorer(r: WorkspaceReader, id: string): ScorerRow {
  const row = r.get<ScorerRow>('SELECT * FROM selection_scorers WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return row;
}

/** A scorer of this session; notFound otherwise. */
export function getScorerOf(r: WorkspaceReader, sessionId: string, id: string): ScorerRow {
  const row = getScorer(r, id);
  if (row.session_id !== sessionId) throw new AppError('notFound', { query: id });
  return row;
}

function assertActor(r: WorkspaceReader, actorId: string | null): void {
  if (actorId !== null && !r.get('SELECT 1 AS one FROM actors WHERE id = ?', actorId)) throw new AppError('notFound', { query: actorId });
}

/** Adds a scorer at the end; an actor it names must exist. Returns its id. */
export function insertScorer(w: RowWriter, sessionId: string, fields: ScorerFields, stored: { id?: string; position?: number } = {}): string {
  assertActor(w, fields.actorId);
  const id = stored.id ?? crypto.randomUUID();
  const position = stored.position ?? w.get<{ n: number }>('SELECT COUNT(*) AS n FROM selection_scorers WHERE session_id = ?', sessionId)!.n;
  w.insert('selection_scorers', { id, session_id: sessionId, name: fields.name, actor_id: fields.actorId, position });
  return id;
}

export function updateScorer(w: RowWriter, id: string, fields: ScorerFields): void {
  getScorer(w, id);
  assertActor(w, fields.actorId);
  w.update('selection_scorers', id, { name: fields.name, actor_id: fields.actorId });
}

/** Removes a scorer with their scores (the log keeps what they entered). */
export function removeScorer(w: RowWriter, id: string): void {
  const scorer = getScorer(w, id);
  deleteCells(w, 'selection_scores', w.all<{ id: string }>('SELECT id FROM selection_scores WHERE scorer_id = ?', id));
  w.delete('selection_scorers', id);
  w.all<{ id: string; position: number }>('SELECT id, position FROM selection_scorers WHERE session_id = ? ORDER BY position, id', scorer.session_id).forEach(
    (s, i) => {
      if (s.position !== i) w.update('selection_scorers', s.id, { position: i });
    },
  );
}
