import { Textarea } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX } from '../../../../../shared/domain/selection/schemas';
import { errorMessage } from '../../../app/notify';
import { DialogFooter } from '../../../ui/DialogFooter';
import { ErrorText } from '../../../ui/ErrorText';

/**
 * The note a consensus dialog asks (a consensus always says why) and how the dialog saves with
 * it: the note is read before anything is sent, the service's refusal is kept to show in the
 * dialog (nothing changed), and the dialog closes once saved.
 */
export function useConsensusNote(onClose: () => void) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** The note trimmed, or null once its field says why it cannot be saved. */
  const read = (): string | null => {
    const trimmed = text.trim();
    const problem = trimmed === '' ? t('selection.validation.noteRequired') : trimmed.length > NOTE_MAX ? t('validation.tooLong') : null;
    setError(problem);
    return problem ? null : trimmed;
  };
  const save = async (write: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await write();
      onClose();
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { text, setText, error, failure, busy, read, save, onClose };
}

export type ConsensusNote = ReturnType<typeof useConsensusNote>;

/** What every consensus dialog ends with: the note (Ctrl+Enter saves), the refusal, Cancel and Save. */
export function ConsensusNoteFields({ note, onSubmit, autoFocus }: { note: ConsensusNote; onSubmit: () => void; autoFocus: boolean }) {
  const { t } = useTranslation();
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSubmit();
  };
  return (
    <>
      <Textarea
        label={t('selectionScoring.consensus.note')}
        description={t('selectionScoring.consensus.noteHint')}
        value={note.text}
        onChange={(e) => note.setText(e.currentTarget.value)}
        onKeyDown={keys}
        error={note.error}
        required
        autosize
        minRows={2}
        maxRows={6}
        data-autofocus={autoFocus || undefined}
        data-testid="consensus-note"
      />
      <ErrorText message={note.failure} />
      <DialogFooter
        submitLabel={t('selectionScoring.consensus.save')}
        onCancel={note.onClose}
        busy={note.busy}
        submitTestId="consensus-save"
        cancelTestId="consensus-cancel"
      />
    </>
  );
}
