import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { deleteCandidateCells } from './scoreRepository';
import { candidateId } from './selectionRows';

/*
 * Groups of a session and the candidate clusters in them. Positions are 0…n−1 within their
 * parent, rewritten after every move or removal so the order is always plain.
 */

export interface GroupRow {
  id: string;
  session_id: string;
  name: string;
  position: number;
}

export interface CandidateRow {
  id: string;
  session_id: string;
  cluster_id: string;
  group_id: string;
  position: number;
}

/** One group; notFound when there is none. */
export function getGroup(r: WorkspaceReader, id: string): GroupRow {
  const row = r.get<GroupRow>('SELECT * FROM selection_groups WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return row;
}

/** A group of this session; notFound otherwise. */
function assertGroupOf(r: WorkspaceReader, sessionId: string, groupId: string): GroupRow {
  const group = getGroup(r, groupId);
  if (group.session_id !== sessionId) throw new AppError('notFound', { query: groupId });
  return group;
}

/** Writes positions 0…n−1 in the given order (only rows whose position changes). */
function renumber(w: RowWriter, table: string, rows: readonly { id: string; position: number }[]): void {
  rows.forEach((row, i) => {
    if (row.position !== i) w.update(table, row.id, { position: i });
  });
}

function groupsOf(r: WorkspaceReader, sessionId: string): GroupRow[] {
  return r.all<GroupRow>('SELECT * FROM selection_groups WHERE session_id = ? ORDER BY position, id', sessionId);
}

function candidatesOf(r: WorkspaceReader, groupId: string): CandidateRow[] {
  return r.all<CandidateRow>('SELECT * FROM selection_candidates WHERE group_id = ? ORDER BY position, id', groupId);
}

/** Adds a group at the end of the session's; returns its id. */
export function insertGroup(w: RowWriter, sessionId: string, name: string, stored: { id?: string; position?: number } = {}): string {
  const id = stored.id ?? crypto.randomUUID();
  w.insert('selection_groups', { id, session_id: sessionId, name, position: stored.position ?? groupsOf(w, sessionId).length });
  return id;
}

export function renameGroup(w: RowWriter, id: string, name: string): void {
  if (!w.update('selection_groups', id, { name })) throw new AppError('notFound', { query: id });
}

/** Moves a group to a place (0-based, clamped to the end). */
export function moveGroup(w: RowWriter, id: string, position: number): void {
  const group = getGroup(w, id);
  const others = groupsOf(w, group.session_id).filter((g) => g.id !== id);
  others.splice(Math.min(position, others.length), 0, group);
  renumber(w, 'selection_groups', others);
}

/** Deletes a group with its candidates and their scores and consensus, explicitly (ADR 002). */
export function deleteGroup(w: RowWriter, id: string): void {
  const group = getGroup(w, id);
  for (const c of candidatesOf(w, id)) {
    deleteCandidateCells(w, group.session_id, c.cluster_id);
    w.delete('selection_candidates', c.id);
  }
  w.delete('selection_groups', id);
  renumber(w, 'selection_groups', groupsOf(w, group.session_id));
}

/** A cluster's name, for messages and labels; its id when there is no such cluster. */
export function clusterName(r: WorkspaceReader, clusterId: string): string {
  return r.get<{ name: string }>('SELECT name FROM clusters WHERE id = ?', clusterId)?.name ?? clusterId;
}

/**
 * Adds clusters at the end of a group. Each must exist (clusterMissing) and not be a candidate of
 * the session yet, nor twice in the list (duplicateCandidate).
 */
export function addCandidates(w: RowWriter, sessionId: string, groupId: string, clusterIds: readonly string[]): void {
  assertGroupOf(w, sessionId, groupId);
  let position = candidatesOf(w, groupId).length;
  for (const clusterId of clusterIds) {
    if (!w.get('SELECT 1 AS one FROM clusters WHERE id = ?', clusterId)) throw new AppError('clusterMissing', { id: clusterId });
    const id = candidateId(sessionId, clusterId);
    if (w.get('SELECT 1 AS one FROM selection_candidates WHERE id = ?', id)) throw new AppError('duplicateCandidate', { cluster: clusterName(w, clusterId) });
    w.insert('selection_candidates', { id, session_id: sessionId, cluster_id: clusterId, group_id: groupId, position: position++ });
  }
}

/** Inserts one candidate as stored (the interchange), no checks beyond the database's. */
export function insertCandidate(w: RowWriter, sessionId: string, clusterId: string, groupId: string, position: number): void {
  w.insert('selection_candidates', { id: candidateId(sessionId, clusterId), session_id: sessionId, cluster_id: clusterId, group_id: groupId, position });
}

/** A candidate of the session; notFound otherwise. */
export function getCandidate(r: WorkspaceReader, sessionId: string, clusterId: string): CandidateRow {
  const row = r.get<CandidateRow>('SELECT * FROM selection_candidates WHERE id = ?', candidateId(sessionId, clusterId));
  if (!row) throw new AppError('notFound', { query: clusterName(r, clusterId) });
  return row;
}

/** Moves a candidate to a group of the session and a place in it (0-based, clamped). */
export function moveCandidate(w: RowWriter, sessionId: string, clusterId: string, groupId: string, position: number): void {
  const candidate = getCandidate(w, sessionId, clusterId);
  assertGroupOf(w, sessionId, groupId);
  const target = candidatesOf(w, groupId).filter((c) => c.id !== candidate.id);
  if (candidate.group_id !== groupId) {
    w.update('selection_candidates', candidate.id, { group_id: groupId });
    renumber(w, 'selection_candidates', candidatesOf(w, candidate.group_id));
  }
  target.splice(Math.min(position, target.length), 0, candidate);
  renumber(w, 'selection_candidates', target);
}

/** Removes a candidate with its scores and consensus. */
export function removeCandidate(w: RowWriter, sessionId: string, clusterId: string): void {
  const candidate = getCandidate(w, sessionId, clusterId);
  deleteCandidateCells(w, sessionId, clusterId);
  w.delete('selection_candidates', candidate.id);
  renumber(w, 'selection_candidates', candidatesOf(w, candidate.group_id));
}
