import { useCallback } from 'react';
import { useAppState } from './AppState';
import { call } from './client';
import { notifyError } from './notify';

/**
 * Runs one edit of the workspace and refreshes the undo/redo state after it; a failure is
 * shown to the user and passed on, so an autosave knows it did not land.
 */
export function useCommit() {
  const { setHistory } = useAppState();
  return useCallback(
    async <T>(edit: () => Promise<T>): Promise<T> => {
      try {
        const result = await edit();
        setHistory(await call('workspace.history', {}));
        return result;
      } catch (e) {
        notifyError(e);
        throw e;
      }
    },
    [setHistory],
  );
}
