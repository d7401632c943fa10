import type { SessionState } from '../../../shared/domain/selection/schemas';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import type { GroupRow } from './groupRepository';
import type { ScorerRow } from './scorerRepository';
import { type ConsensusRow, type ScoreRow, rowToConsensus, rowToScore } from './selectionRows';
import { sessionProgress } from './sessionProgress';
import { getSession } from './sessionRepository';

/**
 * A session as `asScorer` may see it. While hidden mode withholds the scores (hidden and not yet
 * revealed), only that scorer's own scores are read — the others' never leave the service — and
 * no consensus; progress (counts only) is always given, so the room sees who is done.
 */
export function readSessionState(r: WorkspaceReader, id: string, asScorer: string | null): SessionState {
  const session = getSession(r, id);
  const withheld = session.hidden && !session.revealed;
  const groups = r.all<GroupRow>('SELECT * FROM selection_groups WHERE session_id = ? ORDER BY position, id', id);
  const candidates = r.all<{ cluster_id: string; name: string; group_id: string; position: number }>(
    `SELECT c.cluster_id, k.name, c.group_id, c.position
     FROM selection_candidates c JOIN clusters k ON k.id = c.cluster_id JOIN selection_groups g ON g.id = c.group_id
     WHERE c.session_id = ? ORDER BY g.position, c.position, c.id`,
    id,
  );
  const scorers = r.all<ScorerRow>('SELECT * FROM selection_scorers WHERE session_id = ? ORDER BY position, id', id);
  const scores = withheld
    ? asScorer === null
      ? []
      : r.all<ScoreRow>('SELECT * FROM selection_scores WHERE session_id = ? AND scorer_id = ? ORDER BY id', id, asScorer)
    : r.all<ScoreRow>('SELECT * FROM selection_scores WHERE session_id = ? ORDER BY id', id);
  const consensus = withheld ? [] : r.all<ConsensusRow>('SELECT * FROM selection_consensus WHERE session_id = ? ORDER BY id', id);
  return {
    session,
    groups: groups.map((g) => ({ id: g.id, name: g.name, position: g.position })),
    candidates: candidates.map((c) => ({ clusterId: c.cluster_id, clusterName: c.name, groupId: c.group_id, position: c.position })),
    scorers: scorers.map((s) => ({ id: s.id, name: s.name, actorId: s.actor_id, position: s.position })),
    scores: scores.map(rowToScore),
    consensus: consensus.map(rowToConsensus),
    progress: sessionProgress(r, session).rows,
    withheld,
  };
}
