import { Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { ConsensusNoteFields, useConsensusNote } from './consensusNote';
import type { BlockRange } from './gridModel';

/**
 * Asks the one note of a block of consensus scores pasted into the grid: how many cells it sets
 * and the range they span, then the note, which has the focus. Ctrl+Enter in the note saves,
 * Escape or Cancel changes nothing; a refusal is shown here and nothing is written.
 */
export function ConsensusBlockDialog({
  count,
  range,
  onSave,
  onClose,
}: {
  count: number;
  range: BlockRange;
  onSave: (note: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const note = useConsensusNote(onClose);
  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    if (note.busy) return;
    const text = note.read();
    if (text !== null) await note.save(() => onSave(text));
  };

  return (
    <Dialog opened onClose={onClose} title={t('selectionScoring.consensus.title')} size="lg" data-testid="consensus-block-dialog">
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          <Text fw={600} data-testid="consensus-block-count">
            {t('selectionScoring.consensus.blockCount', { count })}
          </Text>
          <Text data-testid="consensus-block-range">{t('selectionScoring.consensus.blockRange', { ...range })}</Text>
          <ConsensusNoteFields note={note} onSubmit={() => void save()} autoFocus />
        </Stack>
      </form>
    </Dialog>
  );
}
