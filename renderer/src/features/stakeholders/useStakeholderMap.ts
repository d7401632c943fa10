import { useCallback } from 'react';
import type { CallInput, CallName, CallResult } from '../../../../shared/contract';
import { call } from '../../app/client';
import { useCommit } from '../../app/useCommit';
import { useWorkspaceData } from '../../app/useWorkspaceData';

/** The tables a cluster's map is drawn from: undo or redo in any of them reloads it. */
export const MAP_TABLES = ['actors', 'map_placements', 'ties', 'stakeholder_maps'] as const;

/**
 * One cluster's stakeholder map and the way to change it: `edit` runs a call as one undoable
 * step and reloads the map after it, so every view of the map shows what the file holds.
 */
export function useStakeholderMap(clusterId: string) {
  const { data: map, error, setData: setMap } = useWorkspaceData(() => call('stakeholders.map', { clusterId }), [clusterId], { tables: MAP_TABLES });
  const commit = useCommit();
  const edit = useCallback(
    async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> => {
      const result = await commit(() => call(name, input));
      setMap(await call('stakeholders.map', { clusterId }));
      return result;
    },
    [clusterId, commit, setMap],
  );
  return { map, error, setMap, edit };
}

export type MapEdit = ReturnType<typeof useStakeholderMap>['edit'];
