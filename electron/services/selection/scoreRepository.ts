import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import { FACILITATOR } from '../../../shared/domain/selection/codes';
import type { ScoreLogEntry, Session } from '../../../shared/domain/selection/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type LogRow, type ScoreRow, consensusId, criteriaOf, rowToLog, scoreId } from './selectionRows';

/*
 * Scores, consensus scores and their log. Every value is checked before anything is written, so a
 * refused block leaves nothing behind; every change of a cell appends a log row (who, when, before,
 * after and, for consensus, why).
 */

/** One cell as the caller gives it; null clears it. */
export interface CellInput {
  clusterId: string;
  criterionId: string;
  value: number | null;
}

/** Deletes the given score or consensus rows. */
export function deleteCells(w: RowWriter, table: 'selection_scores' | 'selection_consensus', rows: readonly { id: string }[]): void {
  for (const { id } of rows) w.delete(table, id);
}

/** Deletes a candidate's scores and consensus (the log stays: it is history). */
export function deleteCandidateCells(w: RowWriter, sessionId: string, clusterId: string): void {
  for (const table of ['selection_scores', 'selection_consensus'] as const) {
    deleteCells(w, table, w.all<{ id: string }>(`SELECT id FROM ${table} WHERE session_id = ? AND cluster_id = ?`, sessionId, clusterId));
  }
}

/**
 * Checks a cell against the session: its criterion is in the rubric, its cluster a candidate, and
 * its value from 0 to the criterion's maximum. Throws invalidInput or scoreOutOfRange.
 */
function checkCell(criteria: ReturnType<typeof criteriaOf>, candidates: ReadonlySet<string>, cell: CellInput, field: string): void {
  const criterion = criteria.get(cell.criterionId);
  if (!criterion) throw new AppError('invalidInput', { field: `${field}.criterionId`, detail: 'validation.invalid' });
  if (!candidates.has(cell.clusterId)) throw new AppError('invalidInput', { field: `${field}.clusterId`, detail: 'validation.unknownCluster' });
  if (cell.value !== null && (!Number.isFinite(cell.value) || cell.value < 0 || cell.value > criterion.max)) {
    throw new AppError('scoreOutOfRange', { value: cell.value, criterion: criterion.name, max: criterion.max });
  }
}

function candidateSet(r: WorkspaceReader, sessionId: string): Set<string> {
  return new Set(r.all<{ cluster_id: string }>('SELECT cluster_id FROM selection_candidates WHERE session_id = ?', sessionId).map((c) => c.cluster_id));
}

/** Appends a log entry (a stored one keeps its id). */
export function appendLog(w: RowWriter, sessionId: string, entry: Omit<ScoreLogEntry, 'id'>, id: string = crypto.randomUUID()): void {
  w.insert('selection_score_log', {
    id,
    session_id: sessionId,
    cluster_id: entry.clusterId,
    criterion_id: entry.criterionId,
    scorer_id: entry.scorerId,
    value: entry.value,
    previous: entry.previous,
    entered_by: entry.enteredBy,
    at: entry.at,
    note: entry.note,
  });
}

/**
 * Sets a block of one scorer's cells (the last of repeated cells wins). Cells whose value does not
 * change are not written or logged. Returns how many cells changed.
 */
export function setScores(w: RowWriter, session: Session, scorerId: string, enteredBy: string, cells: readonly CellInput[]): number {
  if (enteredBy !== FACILITATOR && enteredBy !== scorerId) throw new AppError('invalidInput', { field: 'enteredBy', detail: 'validation.invalid' });
  const criteria = criteriaOf(session.rubric);
  const candidates = candidateSet(w, session.id);
  cells.forEach((cell, i) => checkCell(criteria, candidates, cell, `cells.${i}`));
  const latest = new Map(cells.map((c) => [scoreId(session.id, c.clusterId, c.criterionId, scorerId), c]));
  const stored = new Map(
    w.all<ScoreRow>('SELECT * FROM selection_scores WHERE session_id = ? AND scorer_id = ?', session.id, scorerId).map((s) => [s.id, s.value]),
  );
  const at = new Date().toISOString();
  let changed = 0;
  for (const [id, cell] of latest) {
    const previous = stored.get(id) ?? null;
    if (previous === cell.value) continue;
    if (cell.value === null) w.delete('selection_scores', id);
    else if (previous === null) {
      w.insert('selection_scores', {
        id,
        session_id: session.id,
        cluster_id: cell.clusterId,
        criterion_id: cell.criterionId,
        scorer_id: scorerId,
        value: cell.value,
        entered_by: enteredBy,
        entered_at: at,
      });
    } else w.update('selection_scores', id, { value: cell.value, entered_by: enteredBy, entered_at: at });
    appendLog(w, session.id, { clusterId: cell.clusterId, criterionId: cell.criterionId, scorerId, value: cell.value, previous, enteredBy, at, note: '' });
    changed++;
  }
  return changed;
}

/** Sets or (null) clears one consensus cell, with the note that says why; logged like a score (a new note on the same value too). */
export function setConsensus(w: RowWriter, session: Session, cell: CellInput, note: string): void {
  checkCell(criteriaOf(session.rubric), candidateSet(w, session.id), cell, 'cell');
  const id = consensusId(session.id, cell.clusterId, cell.criterionId);
  const previous = w.get<{ value: number }>('SELECT value FROM selection_consensus WHERE id = ?', id)?.value ?? null;
  if (previous === null && cell.value === null) return;
  const at = new Date().toISOString();
  if (cell.value === null) w.delete('selection_consensus', id);
  else if (previous === null) {
    w.insert('selection_consensus', {
      id,
      session_id: session.id,
      cluster_id: cell.clusterId,
      criterion_id: cell.criterionId,
      value: cell.value,
      note,
      entered_at: at,
    });
  } else w.update('selection_consensus', id, { value: cell.value, note, entered_at: at });
  appendLog(w, session.id, {
    clusterId: cell.clusterId,
    criterionId: cell.criterionId,
    scorerId: null,
    value: cell.value,
    previous,
    enteredBy: FACILITATOR,
    at,
    note,
  });
}

/** The log, newest first; one cell's when both its cluster and criterion are given. */
export function listLog(r: WorkspaceReader, sessionId: string, clusterId?: string, criterionId?: string): ScoreLogEntry[] {
  const where = ['session_id = ?'];
  const params: string[] = [sessionId];
  if (clusterId !== undefined) {
    where.push('cluster_id = ?');
    params.push(clusterId);
  }
  if (criterionId !== undefined) {
    where.push('criterion_id = ?');
    params.push(criterionId);
  }
  // rowid breaks ties between entries of one edit (same timestamp) in the order they were written.
  return r.all<LogRow>(`SELECT * FROM selection_score_log WHERE ${where.join(' AND ')} ORDER BY at DESC, rowid DESC`, ...params).map(rowToLog);
}
