import type { SelectionCallName } from '../../../shared/contract/selection';
import type { HandlerMap } from '../types';
import type { EditLabel } from '../workspace/EditHistory';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';
import { addCandidates, clusterName, deleteGroup, getGroup, insertGroup, moveCandidate, moveGroup, removeCandidate, renameGroup } from './groupRepository';
import { historyLabel } from './historyLabel';
import { getScorer, insertScorer, removeScorer, updateScorer } from './scorerRepository';
import { scoreHandlers } from './scoreHandlers';
import {
  deleteSession,
  getSession,
  getSessionSummary,
  insertSession,
  listSessions,
  revealSession,
  setSessionRubric,
  touchSession,
  updateSession,
} from './sessionRepository';
import { readSessionState } from './sessionState';

/** Calls of sessions, groups, candidates, scorers, scores, consensus, log and the rubric library. */
export type SessionCallName = Exclude<SelectionCallName, 'selection.rubrics.export' | 'selection.rubrics.import' | 'selection.export.results'>;

/**
 * The selection calls that read and change sessions: each write is one undoable edit (ADR 002)
 * that checks before it writes, so a refused call leaves nothing behind. Calls that change a
 * session's parts return the session as the facilitator sees it (no scorer: hidden scores stay hidden).
 */
export function sessionHandlers(registry: WorkspaceRegistry): HandlerMap<SessionCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  /** Runs one edit of a session's parts (marking the session changed) and returns its state. */
  const editParts = (clientId: string, sessionId: string, label: EditLabel, fn: (w: RowWriter) => void) => {
    const s = ws(clientId);
    s.edit(label, (w) => {
      getSession(w, sessionId);
      fn(w);
      touchSession(w, sessionId);
    });
    return readSessionState(s.reader, sessionId, null);
  };
  return {
    'selection.sessions.list': (_, { clientId }) => listSessions(ws(clientId).reader),
    'selection.sessions.create': ({ fields, rubric, source }, { clientId }) => {
      const s = ws(clientId);
      const id = s.edit(historyLabel('createSession', { name: fields.name }), (w) => insertSession(w, fields, rubric, source));
      return getSessionSummary(s.reader, id);
    },
    'selection.sessions.update': ({ id, fields }, { clientId }) => {
      const s = ws(clientId);
      s.edit(historyLabel('updateSession', { name: fields.name }), (w) => updateSession(w, id, fields), { mergeKey: `selection.sessions.update:${id}` });
      return getSession(s.reader, id);
    },
    'selection.sessions.delete': ({ id }, { clientId }) => {
      const s = ws(clientId);
      s.edit(historyLabel('deleteSession', { name: getSession(s.reader, id).name }), (w) => deleteSession(w, id));
      return null;
    },
    'selection.sessions.get': ({ id, asScorer }, { clientId }) => readSessionState(ws(clientId).reader, id, asScorer),
    'selection.sessions.setRubric': ({ id, rubric }, { clientId }) => {
      const s = ws(clientId);
      s.edit(historyLabel('setRubric', { name: getSession(s.reader, id).name }), (w) => setSessionRubric(w, id, rubric));
      return getSession(s.reader, id);
    },
    'selection.sessions.reveal': ({ id }, { clientId }) => {
      const s = ws(clientId);
      s.edit(historyLabel('reveal', { name: getSession(s.reader, id).name }), (w) => revealSession(w, id));
      return getSession(s.reader, id);
    },

    'selection.groups.add': ({ sessionId, name }, { clientId }) =>
      editParts(clientId, sessionId, historyLabel('addGroup', { name }), (w) => {
        insertGroup(w, sessionId, name);
      }),
    'selection.groups.rename': ({ id, name }, { clientId }) =>
      editParts(clientId, getGroup(ws(clientId).reader, id).session_id, historyLabel('renameGroup', { name }), (w) => renameGroup(w, id, name)),
    'selection.groups.move': ({ id, position }, { clientId }) => {
      const group = getGroup(ws(clientId).reader, id);
      return editParts(clientId, group.session_id, historyLabel('moveGroup', { name: group.name }), (w) => moveGroup(w, id, position));
    },
    'selection.groups.delete': ({ id }, { clientId }) => {
      const group = getGroup(ws(clientId).reader, id);
      return editParts(clientId, group.session_id, historyLabel('deleteGroup', { name: group.name }), (w) => deleteGroup(w, id));
    },

    'selection.candidates.add': ({ sessionId, groupId, clusterIds }, { clientId }) =>
      editParts(clientId, sessionId, historyLabel('addCandidates', { count: clusterIds.length }), (w) => addCandidates(w, sessionId, groupId, clusterIds)),
    'selection.candidates.move': ({ sessionId, clusterId, groupId, position }, { clientId }) =>
      editParts(clientId, sessionId, historyLabel('moveCandidate', { name: clusterName(ws(clientId).reader, clusterId) }), (w) =>
        moveCandidate(w, sessionId, clusterId, groupId, position),
      ),
    'selection.candidates.remove': ({ sessionId, clusterId }, { clientId }) =>
      editParts(clientId, sessionId, historyLabel('removeCandidate', { name: clusterName(ws(clientId).reader, clusterId) }), (w) =>
        removeCandidate(w, sessionId, clusterId),
      ),

    'selection.scorers.add': ({ sessionId, fields }, { clientId }) =>
      editParts(clientId, sessionId, historyLabel('addScorer', { name: fields.name }), (w) => {
        insertScorer(w, sessionId, fields);
      }),
    'selection.scorers.update': ({ id, fields }, { clientId }) =>
      editParts(clientId, getScorer(ws(clientId).reader, id).session_id, historyLabel('updateScorer', { name: fields.name }), (w) =>
        updateScorer(w, id, fields),
      ),
    'selection.scorers.remove': ({ id }, { clientId }) => {
      const scorer = getScorer(ws(clientId).reader, id);
      return editParts(clientId, scorer.session_id, historyLabel('removeScorer', { name: scorer.name }), (w) => removeScorer(w, id));
    },

    ...scoreHandlers(registry),
  };
}
