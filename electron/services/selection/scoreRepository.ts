import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import { FACILITATOR } from '../../../shared/domain/selection/codes';
import type { ScoreLogEntry, Session } from '../../../shared/domain/selection/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type LogRow, consensusId, criteriaOf, rowToLog, scoreId } from './selectionRows';

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

/** Where a block of cells is written, and what each written row and log entry carries besides the cell. */
interface CellTarget {
  table: 'selection_scores' | 'selection_consensus';
  idOf: (cell: CellInput) => string;
  /** The values stored now, by row id. */
  stored: ReadonlyMap<string, number>;
  /** Columns a new row carries besides the cell and its value (whose score it is). */
  owner: Record<string, string>;
  /** Columns written with every value (who entered it, or why it was agreed). */
  stamp: Record<string, string>;
  log: Pick<ScoreLogEntry, 'scorerId' | 'enteredBy' | 'note'>;
  /** Whether a value set again is written and logged anyway: a consensus restated with a new note. */
  restate: boolean;
}

function storedValues(w: RowWriter, table: CellTarget['table'], where: string, ...params: string[]): Map<string, number> {
  return new Map(w.all<{ id: string; value: number }>(`SELECT id, value FROM ${table} WHERE ${where}`, ...params).map((r) => [r.id, r.value]));
}

/**
 * Checks every cell, then writes the block (the last of repeated cells wins): a value inserts,
 * updates or (null) deletes its row, and every cell written appends a log entry. A cell empty
 * before and after is never written. Returns how many cells were written.
 */
function writeCells(w: RowWriter, session: Session, cells: readonly CellInput[], target: CellTarget): number {
  const criteria = criteriaOf(session.rubric);
  const candidates = candidateSet(w, session.id);
  cells.forEach((cell, i) => checkCell(criteria, candidates, cell, `cells.${i}`));
  const latest = new Map(cells.map((c) => [target.idOf(c), c]));
  const at = new Date().toISOString();
  let written = 0;
  for (const [id, cell] of latest) {
    const previous = target.stored.get(id) ?? null;
    if (previous === cell.value && (previous === null || !target.restate)) continue;
    const columns = { value: cell.value, ...target.stamp, entered_at: at };
    if (cell.value === null) w.delete(target.table, id);
    else if (previous === null)
      w.insert(target.table, { id, session_id: session.id, cluster_id: cell.clusterId, criterion_id: cell.criterionId, ...target.owner, ...columns });
    else w.update(target.table, id, columns);
    appendLog(w, session.id, { clusterId: cell.clusterId, criterionId: cell.criterionId, value: cell.value, previous, at, ...target.log });
    written++;
  }
  return written;
}

/**
 * Sets a block of one scorer's cells. Cells whose value does not change are not written or
 * logged. Returns how many cells changed.
 */
export function setScores(w: RowWriter, session: Session, scorerId: string, enteredBy: string, cells: readonly CellInput[]): number {
  if (enteredBy !== FACILITATOR && enteredBy !== scorerId) throw new AppError('invalidInput', { field: 'enteredBy', detail: 'validation.invalid' });
  return writeCells(w, session, cells, {
    table: 'selection_scores',
    idOf: (c) => scoreId(session.id, c.clusterId, c.criterionId, scorerId),
    stored: storedValues(w, 'selection_scores', 'session_id = ? AND scorer_id = ?', session.id, scorerId),
    owner: { scorer_id: scorerId },
    stamp: { entered_by: enteredBy },
    log: { scorerId, enteredBy, note: '' },
    restate: false,
  });
}

/**
 * Sets or (null) clears a block of consensus cells with the one note that says why; each is
 * logged like a score (a new note on the same value too). Returns how many cells were written.
 */
export function setConsensus(w: RowWriter, session: Session, cells: readonly CellInput[], note: string): number {
  return writeCells(w, session, cells, {
    table: 'selection_consensus',
    idOf: (c) => consensusId(session.id, c.clusterId, c.criterionId),
    stored: storedValues(w, 'selection_consensus', 'session_id = ?', session.id),
    owner: {},
    stamp: { note },
    log: { scorerId: null, enteredBy: FACILITATOR, note },
    restate: true,
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
