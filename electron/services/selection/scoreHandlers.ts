import { AppError } from '../../../shared/contract/errors';
import type { SessionState } from '../../../shared/domain/selection/schemas';
import type { HandlerMap } from '../types';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';
import type { WorkspaceSession } from '../workspace/WorkspaceSession';
import { historyLabel } from './historyLabel';
import { deleteRubric, getRubric, insertRubric, listRubrics, saveRubricVersion } from './rubricRepository';
import { getScorerOf } from './scorerRepository';
import { type CellInput, listLog, setConsensus, setScores } from './scoreRepository';
import type { SessionCallName } from './sessionHandlers';
import { getSession, touchSession } from './sessionRepository';
import { readSessionState } from './sessionState';

type ScoreCallName = Extract<
  SessionCallName,
  `selection.scores.${string}` | `selection.consensus.${string}` | `selection.log.${string}` | `selection.rubrics.${string}`
>;

/** Consensus cells with their one note, as one undoable step named for how many cells it sets. */
function setConsensusBlock(s: WorkspaceSession, sessionId: string, cells: readonly CellInput[], note: string): SessionState {
  const label = cells.length === 1 ? historyLabel('setConsensus') : historyLabel('setConsensusBlock', { count: cells.length });
  s.edit(label, (w) => {
    setConsensus(w, getSession(w, sessionId), cells, note);
    touchSession(w, sessionId);
  });
  return readSessionState(s.reader, sessionId, null);
}

/** Scores, consensus, the log and the rubric library: each write one undoable edit that checks before it writes. */
export function scoreHandlers(registry: WorkspaceRegistry): HandlerMap<ScoreCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  return {
    // Each call is its own step, never merged: every Enter in the grid can be undone alone.
    'selection.scores.set': ({ sessionId, scorerId, enteredBy, cells }, { clientId }) => {
      const s = ws(clientId);
      const scorer = getScorerOf(s.reader, sessionId, scorerId);
      s.edit(historyLabel('setScores', { count: cells.length, name: scorer.name }), (w) => {
        if (setScores(w, getSession(w, sessionId), scorerId, enteredBy, cells) > 0) touchSession(w, sessionId);
      });
      return readSessionState(s.reader, sessionId, scorerId);
    },
    'selection.consensus.set': ({ sessionId, note, ...cell }, { clientId }) => setConsensusBlock(ws(clientId), sessionId, [cell], note),
    'selection.consensus.setMany': ({ sessionId, note, cells }, { clientId }) => setConsensusBlock(ws(clientId), sessionId, cells, note),
    // The log holds values: while hidden mode withholds the scores, it is withheld too.
    'selection.log.list': ({ sessionId, clusterId, criterionId }, { clientId }) => {
      const r = ws(clientId).reader;
      const session = getSession(r, sessionId);
      if (session.hidden && !session.revealed) throw new AppError('scoresHidden');
      return listLog(r, sessionId, clusterId, criterionId);
    },

    'selection.rubrics.list': (_, { clientId }) => listRubrics(ws(clientId).reader),
    'selection.rubrics.get': ({ id }, { clientId }) => getRubric(ws(clientId).reader, id),
    'selection.rubrics.save': ({ id, rubric }, { clientId }) => {
      const s = ws(clientId);
      const savedId = s.edit(historyLabel('saveRubric', { name: rubric.name }), (w) => {
        if (id === null) return insertRubric(w, rubric);
        saveRubricVersion(w, id, rubric);
        return id;
      });
      return getRubric(s.reader, savedId);
    },
    'selection.rubrics.delete': ({ id }, { clientId }) => {
      const s = ws(clientId);
      s.edit(historyLabel('deleteRubric', { name: getRubric(s.reader, id).name }), (w) => deleteRubric(w, id));
      return null;
    },
  };
}
