import { useEffect, useState } from 'react';
import { useAppState } from '../../app/AppState';
import { ApiCallError } from '../../app/client';
import { notifyError } from '../../app/notify';

/**
 * Loads data for a screen and loads it again whenever the store changed under it
 * (undo, redo, another workspace opened). `error` holds a not-found for the screen to show.
 */
export function useWorkspaceData<T>(load: () => Promise<T>, deps: unknown[]) {
  const { dataVersion } = useAppState();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
      },
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiCallError && e.apiError.code === 'notFound') setError(e);
        else notifyError(e);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload exactly when the store or the caller's keys change
  }, [dataVersion, ...deps]);
  return { data, error, setData };
}
