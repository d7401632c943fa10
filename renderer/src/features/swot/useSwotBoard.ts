import { useCallback } from 'react';
import type { CallInput } from '../../../../shared/contract';
import type { SwotCallName } from '../../../../shared/contract/swot';
import type { SwotBoard } from '../../../../shared/domain/swot/schemas';
import { call } from '../../app/client';
import { useCommit } from '../../app/useCommit';
import { useWorkspaceData } from '../../app/useWorkspaceData';

/** The tables a cluster's SWOT and TOWS are read from: undo or redo in any of them reloads the board. */
export const SWOT_TABLES = ['swot_boards', 'swot_items', 'swot_voters', 'swot_votes', 'tows_strategies', 'tows_links'] as const;

/** The calls that change a board; each answers with the board as it is afterwards. */
export type SwotEditName = Exclude<SwotCallName, 'swot.board.get' | 'swot.export'>;

/**
 * One cluster's SWOT board and TOWS strategies, and the way to change them: `edit` runs a call
 * as one undoable step and shows the board the call answers with. A refused call is shown to the
 * user in their language and rethrown, so a dragged card can snap back.
 */
export function useSwotBoard(clusterId: string) {
  const load = useCallback(() => call('swot.board.get', { clusterId }), [clusterId]);
  const { data: board, error, setData: setBoard } = useWorkspaceData(load, [load], { tables: SWOT_TABLES });
  const commit = useCommit();
  const edit = useCallback(
    async <K extends SwotEditName>(name: K, input: CallInput<K>): Promise<SwotBoard> => {
      const next = (await commit(() => call(name, input))) as SwotBoard;
      setBoard(next);
      return next;
    },
    [commit, setBoard],
  );
  return { board, error, edit };
}

export type SwotEdit = ReturnType<typeof useSwotBoard>['edit'];

/** Runs an edit whose failure the user has already been told about (useCommit shows it). */
export function quietly(p: Promise<unknown>): void {
  p.catch(() => undefined);
}
