import type { Rubric, ScoreCell, ConsensusCell, ScoreLogEntry, Session, SessionFields } from '../../../shared/domain/selection/schemas';
import type { Row } from '../workspace/RowWriter';

/*
 * Rows of the selection tables as SQLite returns them, and their records. Composite ids follow
 * the migration's CHECKs, so uniqueness lives in the key (ADR 002).
 */

/** `<session>/<cluster>`: a cluster is a candidate of a session at most once. */
export const candidateId = (sessionId: string, clusterId: string) => `${sessionId}/${clusterId}`;
/** `<session>/<cluster>/<criterion>/<scorer>`: one score per scorer and cell. */
export const scoreId = (sessionId: string, clusterId: string, criterionId: string, scorerId: string) => `${sessionId}/${clusterId}/${criterionId}/${scorerId}`;
/** `<session>/<cluster>/<criterion>`: one consensus score per cell. */
export const consensusId = (sessionId: string, clusterId: string, criterionId: string) => `${sessionId}/${clusterId}/${criterionId}`;

export interface SessionRow {
  id: string;
  name: string;
  held_on: string | null;
  note: string;
  scoring_mode: Session['scoringMode'];
  hidden: number;
  revealed: number;
  aggregation: Session['aggregation'];
  rule: Session['rule'];
  top_n: number;
  threshold: number;
  rubric: string;
  rubric_version: number;
  source_rubric: string | null;
  source_version: number | null;
  created_at: string;
  updated_at: string;
}

/** The `selection_sessions` columns of a session's editable fields. */
export function sessionFieldsToRow(f: SessionFields): Row {
  return {
    name: f.name,
    held_on: f.heldOn,
    note: f.note,
    scoring_mode: f.scoringMode,
    hidden: f.hidden ? 1 : 0,
    aggregation: f.aggregation,
    rule: f.rule,
    top_n: f.topN,
    threshold: f.threshold,
  };
}

export function rowToSession(r: SessionRow): Session {
  return {
    id: r.id,
    name: r.name,
    heldOn: r.held_on,
    note: r.note,
    scoringMode: r.scoring_mode,
    hidden: r.hidden === 1,
    aggregation: r.aggregation,
    rule: r.rule,
    topN: r.top_n,
    threshold: r.threshold,
    rubric: JSON.parse(r.rubric) as Rubric,
    rubricSource: r.source_rubric === null || r.source_version === null ? null : { id: r.source_rubric, version: r.source_version },
    rubricVersion: r.rubric_version,
    revealed: r.revealed === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface ScoreRow {
  id: string;
  session_id: string;
  cluster_id: string;
  criterion_id: string;
  scorer_id: string;
  value: number;
  entered_by: string;
  entered_at: string;
}

export function rowToScore(r: ScoreRow): ScoreCell {
  return {
    clusterId: r.cluster_id,
    criterionId: r.criterion_id,
    scorerId: r.scorer_id,
    value: r.value,
    enteredBy: r.entered_by,
    enteredAt: r.entered_at,
  };
}

export interface ConsensusRow {
  id: string;
  session_id: string;
  cluster_id: string;
  criterion_id: string;
  value: number;
  note: string;
  entered_at: string;
}

export function rowToConsensus(r: ConsensusRow): ConsensusCell {
  return { clusterId: r.cluster_id, criterionId: r.criterion_id, value: r.value, note: r.note, enteredAt: r.entered_at };
}

export interface LogRow {
  id: string;
  session_id: string;
  cluster_id: string;
  criterion_id: string;
  scorer_id: string | null;
  value: number | null;
  previous: number | null;
  entered_by: string;
  at: string;
  note: string;
}

export function rowToLog(r: LogRow): ScoreLogEntry {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    criterionId: r.criterion_id,
    scorerId: r.scorer_id,
    value: r.value,
    previous: r.previous,
    enteredBy: r.entered_by,
    at: r.at,
    note: r.note,
  };
}

export interface RubricRow {
  id: string;
  name: string;
  version: number;
  definition: string;
  created_at: string;
  updated_at: string;
}

/** Every criterion of a rubric with its maximum and whether its dimension is switched on. */
export function criteriaOf(rubric: Rubric): Map<string, { name: string; max: number; enabled: boolean }> {
  const out = new Map<string, { name: string; max: number; enabled: boolean }>();
  for (const d of rubric.dimensions) for (const c of d.criteria) out.set(c.id, { name: c.name, max: c.max, enabled: d.enabled });
  return out;
}
