import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../../shared/domain/selection/schemas';
import type { SessionEdit } from '../useSelectionSession';
import { ConsensusBlockDialog } from './ConsensusBlockDialog';
import { ConsensusDialog, type ConsensusTarget } from './ConsensusDialog';
import { blockRange, cellKey, type GridModel } from './gridModel';
import type { PastedCell } from './pasteBlock';
import type { CommitOutcome } from './ScoreGrid';

/** Cells waiting for their note, and how to tell the grid what came of them. */
interface NoteRequest {
  cells: PastedCell[];
  settle: (outcome: CommitOutcome) => void;
}

/**
 * The grid's commit in consensus mode. A first entry of one cell needs no discussion of its own:
 * it is noted as the initial consensus. A change of one cell asks its note; a pasted block asks
 * one note for all its cells and is set in one step. Returns the commit and the dialog asking the
 * note while one is asked; `onClosed` runs when that dialog closes (saved or cancelled).
 */
export function useConsensusCommit({
  state,
  model,
  consensus,
  edit,
  onClosed,
}: {
  state: SessionState;
  model: GridModel;
  /** The consensus standing now, by {@link cellKey}. */
  consensus: ReadonlyMap<string, number>;
  edit: SessionEdit;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<NoteRequest | null>(null);
  const sessionId = state.session.id;

  const commit = useCallback(
    async (cells: PastedCell[]): Promise<CommitOutcome> => {
      const [first] = cells;
      if (cells.length === 1 && first && !consensus.has(cellKey(first.clusterId, first.criterionId))) {
        await edit('selection.consensus.set', { sessionId, ...first, note: t('selectionScoring.consensus.initialNote') });
        return { done: true };
      }
      return new Promise<CommitOutcome>((settle) => setRequest({ cells, settle }));
    },
    [consensus, edit, sessionId, t],
  );

  /** The dialog that asks the note of the cells waiting for it. */
  const noteDialog = ({ cells, settle }: NoteRequest) => {
    const close = () => {
      // Settling twice is harmless: a saved note has settled already, a cancel gives up quietly.
      settle({ done: false, problem: null });
      // Only this dialog's request: a block pasted meanwhile waits for its own note.
      setRequest((r) => (r?.settle === settle ? null : r));
      onClosed();
    };
    const saved = async (write: Promise<unknown>) => {
      await write;
      settle({ done: true });
    };
    const [one] = cells;
    return cells.length === 1 && one ? (
      <ConsensusDialog
        target={cellTarget(state, model, consensus, one)}
        fixed={one.value}
        onSave={(value, note) => saved(edit('selection.consensus.set', { sessionId, ...one, value, note }))}
        onClose={close}
      />
    ) : (
      <ConsensusBlockDialog
        count={cells.length}
        range={blockRange(model, cells)}
        onSave={(note) => saved(edit('selection.consensus.setMany', { sessionId, note, cells }))}
        onClose={close}
      />
    );
  };
  return { commit, dialog: request && noteDialog(request) };
}

/** One cell of the grid named for the consensus dialog, with the consensus standing in it now. */
function cellTarget(state: SessionState, model: GridModel, consensus: ReadonlyMap<string, number>, cell: PastedCell): ConsensusTarget {
  const column = model.columns.find((c) => c.id === cell.criterionId);
  return {
    cluster: state.candidates.find((c) => c.clusterId === cell.clusterId)?.clusterName ?? '',
    criterion: column?.name ?? '',
    max: column?.max ?? 0,
    current: consensus.get(cellKey(cell.clusterId, cell.criterionId)) ?? null,
  };
}
