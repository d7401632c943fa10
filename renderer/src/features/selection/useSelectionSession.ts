import { useCallback } from 'react';
import type { CallInput, CallName, CallResult } from '../../../../shared/contract';
import { call } from '../../app/client';
import { useCommit } from '../../app/useCommit';
import { useWorkspaceData } from '../../app/useWorkspaceData';
import type { SessionState } from '../../../../shared/domain/selection/schemas';

function isOpenState(value: unknown): value is SessionState {
  return typeof value === 'object' && value !== null && 'session' in value && 'scores' in value && (value as SessionState).withheld === false;
}

/** The tables a session is read from: undo or redo in any of them reloads it. */
export const SESSION_TABLES = [
  'selection_sessions',
  'selection_groups',
  'selection_candidates',
  'selection_scorers',
  'selection_scores',
  'selection_consensus',
  'clusters',
] as const;

/**
 * One scoring session as `asScorer` may see it (hidden mode withholds the others' scores) and the
 * way to change it: `edit` runs a call as one undoable step, then reloads the session.
 */
export function useSelectionSession(sessionId: string, asScorer: string | null) {
  const load = useCallback(() => call('selection.sessions.get', { id: sessionId, asScorer }), [sessionId, asScorer]);
  const { data: state, error, setData: setState } = useWorkspaceData(load, [load], { tables: SESSION_TABLES });
  const commit = useCommit();
  const edit = useCallback(
    async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> => {
      const result = await commit(() => call(name, input));
      // Most calls answer with the session; when nothing is withheld it reads the same for everyone, so
      // it is shown as it is rather than read a second time (60,000 scores are worth not reading twice).
      setState(isOpenState(result) ? result : await load());
      return result;
    },
    [commit, load, setState],
  );
  return { state, error, edit, reload: async () => setState(await load()) };
}

export type SessionEdit = ReturnType<typeof useSelectionSession>['edit'];
