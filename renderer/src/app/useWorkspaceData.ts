import { useEffect, useState } from 'react';
import { ApiCallError } from './client';
import { useDataVersion } from './dataChanges';
import { notifyError } from './notify';

export interface DataWatch {
  /** The tables whose rows the screen shows: it reloads when undo or redo changed one of them. */
  tables: readonly string[];
  /** Also reload after writes made elsewhere in the app (lists that show rows other screens write). */
  ownWrites?: boolean;
}

/**
 * Loads data for a screen and loads it again when rows it shows changed under it (undo,
 * redo, another workspace opened) — and only then. `error` holds a not-found for the screen to show.
 */
export function useWorkspaceData<T>(load: () => Promise<T>, deps: unknown[], watch: DataWatch) {
  const dataVersion = useDataVersion(watch.tables, { ownWrites: watch.ownWrites });
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
