import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Rubric, RubricSource, Session, SessionFields, SessionSummary } from '../../../shared/domain/selection/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { deleteCells } from './scoreRepository';
import { type SessionRow, criteriaOf, rowToSession, sessionFieldsToRow } from './selectionRows';
import { sessionProgress } from './sessionProgress';

/*
 * Scoring sessions. A session holds its own copy of its rubric (JSON) with a version that goes up
 * with every change, so scores always refer to the rubric they were given against.
 */

/** What an imported session keeps; a new one gets fresh values. */
export interface StoredSessionMeta {
  id?: string;
  rubricVersion?: number;
  revealed?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** One session; notFound when there is none. */
export function getSession(r: WorkspaceReader, id: string): Session {
  const row = r.get<SessionRow>('SELECT * FROM selection_sessions WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return rowToSession(row);
}

/** Every session, most recently changed first, with its counts and progress. */
export function listSessions(r: WorkspaceReader): SessionSummary[] {
  const count = (table: string, id: string) => r.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE session_id = ?`, id)!.n;
  return r.all<SessionRow>('SELECT * FROM selection_sessions ORDER BY updated_at DESC, id').map((row) => {
    const s = rowToSession(row);
    const { entered, expected } = sessionProgress(r, s);
    return {
      id: s.id,
      name: s.name,
      heldOn: s.heldOn,
      scoringMode: s.scoringMode,
      hidden: s.hidden,
      revealed: s.revealed,
      groups: count('selection_groups', s.id),
      candidates: count('selection_candidates', s.id),
      scorers: count('selection_scorers', s.id),
      entered,
      expected,
      updatedAt: s.updatedAt,
    };
  });
}

/** The summary of one session (what `sessions.create` returns). */
export function getSessionSummary(r: WorkspaceReader, id: string): SessionSummary {
  const summary = listSessions(r).find((s) => s.id === id);
  if (!summary) throw new AppError('notFound', { query: id });
  return summary;
}

/** Inserts a session with a copy of its rubric; a library source must exist. Returns its id. */
export function insertSession(w: RowWriter, fields: SessionFields, rubric: Rubric, source: RubricSource | null, meta: StoredSessionMeta = {}): string {
  if (source && !w.get('SELECT 1 AS one FROM selection_rubrics WHERE id = ?', source.id)) throw new AppError('notFound', { query: source.id });
  const now = new Date().toISOString();
  const id = meta.id ?? crypto.randomUUID();
  w.insert('selection_sessions', {
    id,
    ...sessionFieldsToRow(fields),
    revealed: meta.revealed ? 1 : 0,
    rubric: JSON.stringify(rubric),
    rubric_version: meta.rubricVersion ?? 1,
    source_rubric: source?.id ?? null,
    source_version: source?.version ?? null,
    created_at: meta.createdAt ?? now,
    updated_at: meta.updatedAt ?? now,
  });
  return id;
}

/**
 * Writes a session's fields. Switching hidden mode on again starts a new hidden round (the reveal
 * is undone); switching it off is the facilitator's deliberate choice and simply shows the scores.
 */
export function updateSession(w: RowWriter, id: string, fields: SessionFields): void {
  const before = getSession(w, id);
  const revealed = fields.hidden && !before.hidden ? false : before.revealed;
  w.update('selection_sessions', id, { ...sessionFieldsToRow(fields), revealed: revealed ? 1 : 0, updated_at: new Date().toISOString() });
}

/** Marks a session as changed now (any edit of its groups, candidates, scorers or scores). */
export function touchSession(w: RowWriter, id: string): void {
  w.update('selection_sessions', id, { updated_at: new Date().toISOString() });
}

/** Deletes a session and everything in it, children first and each recorded (ADR 002). */
export function deleteSession(w: RowWriter, id: string): void {
  getSession(w, id);
  for (const table of ['selection_score_log', 'selection_consensus', 'selection_scores', 'selection_candidates', 'selection_scorers', 'selection_groups']) {
    for (const { id: rowId } of w.all<{ id: string }>(`SELECT id FROM ${table} WHERE session_id = ?`, id)) w.delete(table, rowId);
  }
  w.delete('selection_sessions', id);
}

/**
 * Replaces a session's rubric (version + 1). Scores and consensus of criteria that are gone, or
 * above a criterion's new maximum, go in the same step: they no longer mean what they meant.
 */
export function setSessionRubric(w: RowWriter, id: string, rubric: Rubric): void {
  const before = getSession(w, id);
  const criteria = criteriaOf(rubric);
  const stale = (c: { criterion_id: string; value: number }) => {
    const criterion = criteria.get(c.criterion_id);
    return criterion === undefined || c.value > criterion.max;
  };
  for (const table of ['selection_scores', 'selection_consensus'] as const) {
    const rows = w.all<{ id: string; criterion_id: string; value: number }>(`SELECT id, criterion_id, value FROM ${table} WHERE session_id = ?`, id);
    deleteCells(w, table, rows.filter(stale));
  }
  w.update('selection_sessions', id, { rubric: JSON.stringify(rubric), rubric_version: before.rubricVersion + 1, updated_at: new Date().toISOString() });
}

/** Shows a hidden session's scores; scoresIncomplete while any expected cell is empty. */
export function revealSession(w: RowWriter, id: string): void {
  const session = getSession(w, id);
  const { entered, expected } = sessionProgress(w, session);
  if (entered < expected) throw new AppError('scoresIncomplete', { missing: expected - entered });
  w.update('selection_sessions', id, { revealed: 1, updated_at: new Date().toISOString() });
}
