import { type SelectionSection, emptySelectionSection, selectionInterchange } from '../../../shared/domain/selection/interchange';
import type { InterchangeSection } from '../feature';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type CandidateRow, type GroupRow, insertCandidate, insertGroup } from './groupRepository';
import { insertRubric } from './rubricRepository';
import { type ScorerRow, insertScorer } from './scorerRepository';
import { appendLog } from './scoreRepository';
import { type ConsensusRow, type LogRow, type RubricRow, type ScoreRow, type SessionRow, consensusId, rowToLog, rowToSession, scoreId } from './selectionRows';
import { insertSession } from './sessionRepository';

/** Every record of site selection, in an order fixed by stored values, so exporting twice gives the same text. */
function readSection(r: WorkspaceReader): SelectionSection {
  return {
    selectionRubrics: r.all<RubricRow>('SELECT * FROM selection_rubrics ORDER BY created_at, id').map((row) => ({
      id: row.id,
      version: row.version,
      rubric: JSON.parse(row.definition) as SelectionSection['selectionRubrics'][number]['rubric'],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    selectionSessions: r.all<SessionRow>('SELECT * FROM selection_sessions ORDER BY created_at, id').map(rowToSession),
    selectionGroups: r
      .all<GroupRow>('SELECT * FROM selection_groups ORDER BY session_id, position, id')
      .map((g) => ({ id: g.id, sessionId: g.session_id, name: g.name, position: g.position })),
    selectionCandidates: r
      .all<CandidateRow>(
        `SELECT c.* FROM selection_candidates c JOIN selection_groups g ON g.id = c.group_id
         ORDER BY c.session_id, g.position, g.id, c.position, c.id`,
      )
      .map((c) => ({ sessionId: c.session_id, clusterId: c.cluster_id, groupId: c.group_id, position: c.position })),
    selectionScorers: r
      .all<ScorerRow>('SELECT * FROM selection_scorers ORDER BY session_id, position, id')
      .map((s) => ({ id: s.id, sessionId: s.session_id, name: s.name, actorId: s.actor_id, position: s.position })),
    selectionScores: r.all<ScoreRow>('SELECT * FROM selection_scores ORDER BY id').map((s) => ({
      sessionId: s.session_id,
      clusterId: s.cluster_id,
      criterionId: s.criterion_id,
      scorerId: s.scorer_id,
      value: s.value,
      enteredBy: s.entered_by,
      enteredAt: s.entered_at,
    })),
    selectionConsensus: r.all<ConsensusRow>('SELECT * FROM selection_consensus ORDER BY id').map((c) => ({
      sessionId: c.session_id,
      clusterId: c.cluster_id,
      criterionId: c.criterion_id,
      value: c.value,
      note: c.note,
      enteredAt: c.entered_at,
    })),
    // The log in the order it was written (rowid breaks ties within one edit).
    selectionScoreLog: r
      .all<LogRow>('SELECT * FROM selection_score_log ORDER BY session_id, at, rowid')
      .map((row) => ({ sessionId: row.session_id, ...rowToLog(row) })),
  };
}

/** The site-selection sections of the interchange document (format version 3). */
export const selectionSection: InterchangeSection = {
  ...selectionInterchange,
  empty: () => emptySelectionSection(),
  read: readSection,
  // Clusters and actors are written first (their sections come earlier), then what points at them.
  write: (w, doc) => {
    const d = doc as unknown as SelectionSection;
    for (const { id, version, rubric, createdAt, updatedAt } of d.selectionRubrics) insertRubric(w, rubric, { id, version, createdAt, updatedAt });
    for (const { id, rubric, rubricVersion, rubricSource, revealed, createdAt, updatedAt, ...fields } of d.selectionSessions)
      insertSession(w, fields, rubric, rubricSource, { id, rubricVersion, revealed, createdAt, updatedAt });
    for (const g of d.selectionGroups) insertGroup(w, g.sessionId, g.name, { id: g.id, position: g.position });
    for (const c of d.selectionCandidates) insertCandidate(w, c.sessionId, c.clusterId, c.groupId, c.position);
    for (const s of d.selectionScorers) insertScorer(w, s.sessionId, { name: s.name, actorId: s.actorId }, { id: s.id, position: s.position });
    for (const s of d.selectionScores) {
      w.insert('selection_scores', {
        id: scoreId(s.sessionId, s.clusterId, s.criterionId, s.scorerId),
        session_id: s.sessionId,
        cluster_id: s.clusterId,
        criterion_id: s.criterionId,
        scorer_id: s.scorerId,
        value: s.value,
        entered_by: s.enteredBy,
        entered_at: s.enteredAt,
      });
    }
    for (const c of d.selectionConsensus) {
      w.insert('selection_consensus', {
        id: consensusId(c.sessionId, c.clusterId, c.criterionId),
        session_id: c.sessionId,
        cluster_id: c.clusterId,
        criterion_id: c.criterionId,
        value: c.value,
        note: c.note,
        entered_at: c.enteredAt,
      });
    }
    for (const { id, sessionId, ...entry } of d.selectionScoreLog) appendLog(w, sessionId, entry, id);
  },
};
