import { useCallback, useRef } from 'react';
import type { CallInput, CallName, CallResult } from '../../../../../shared/contract';
import type { ResponsibilityMatrix } from '../../../../../shared/domain/stakeholders/schemas';
import { call } from '../../../app/client';
import { useCommit } from '../../../app/useCommit';
import { useWorkspaceData } from '../../../app/useWorkspaceData';

/** The tables the matrix is drawn from: undo or redo in any of them reloads it. */
const MATRIX_TABLES = ['matrix_rows', 'matrix_cells', 'actors', 'map_placements'];

type MatrixCall = { [K in CallName]: CallResult<K> extends ResponsibilityMatrix ? K : never }[CallName];

/**
 * One cluster's responsibility matrix and the way to change it: each change is one undoable
 * call whose answer is the whole matrix. Changes run one after another in the order they were
 * made, so quick keystrokes on a row land as typed.
 */
export function useMatrix(clusterId: string) {
  const { data: matrix, setData } = useWorkspaceData(() => call('stakeholders.matrix.get', { clusterId }), [clusterId], { tables: MATRIX_TABLES });
  const commit = useCommit();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const change = useCallback(
    <K extends MatrixCall>(name: K, input: CallInput<K>): Promise<void> => {
      const run = queue.current.then(async () => {
        const next = (await commit(() => call(name, input))) as ResponsibilityMatrix;
        setData(next);
      });
      // A failed change was shown to the user; the next one still runs.
      queue.current = run.catch(() => undefined);
      return run;
    },
    [commit, setData],
  );
  return { matrix, change };
}

export type MatrixChange = ReturnType<typeof useMatrix>['change'];
