import { Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { ConsensusNoteFields, useConsensusNote } from './consensusNote';
import { readScore } from './readScore';
import { useScoreFormat } from './useScoreFormat';

/** The cell a consensus is recorded for, named for the dialog. */
export interface ConsensusTarget {
  cluster: string;
  criterion: string;
  max: number;
  /** The consensus standing now, if any. */
  current: number | null;
}

/**
 * Records a consensus score with its note (a note for every consensus change). With `fixed` the
 * value was already typed in the grid and only the note is asked; otherwise the value is typed
 * here. Keyboard-complete: the fields in order, Enter in the value or Ctrl+Enter in the note
 * saves, Escape cancels. Nothing is written until the value and the note are both right.
 */
export function ConsensusDialog({
  target,
  fixed,
  children,
  onSave,
  onClose,
}: {
  target: ConsensusTarget;
  /** The value typed in the grid (null: the consensus is being cleared); undefined to type it here. */
  fixed?: number | null;
  /** What the dialog shows above the fields (the scorers' scores side by side). */
  children?: ReactNode;
  onSave: (value: number | null, note: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useScoreFormat();
  const [valueText, setValueText] = useState(target.current === null ? '' : fmt.plain(target.current));
  const [valueError, setValueError] = useState<string | null>(null);
  const note = useConsensusNote(onClose);
  const shown = (v: number | null) => (v === null ? t('selectionScoring.consensus.none') : fmt.plain(v));

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    if (note.busy) return;
    let value: number | null;
    if (fixed === undefined) {
      const read = readScore(valueText, target.max, target.criterion, fmt.decimal);
      setValueError(read.ok ? null : t(read.problem.key, read.problem.params));
      if (!read.ok) return;
      value = read.value;
    } else value = fixed;
    const text = note.read();
    if (text === null) return;
    if (fixed === undefined && value === target.current) return setValueError(t('selectionScoring.consensus.unchanged'));
    await note.save(() => onSave(value, text));
  };

  return (
    <Dialog opened onClose={onClose} title={t('selectionScoring.consensus.title')} size="lg" data-testid="consensus-dialog">
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          <Text fw={600} data-testid="consensus-cell">
            {t('selectionScoring.consensus.cell', { cluster: target.cluster, criterion: target.criterion, max: target.max })}
          </Text>
          {children}
          {fixed === undefined ? (
            <TextInput
              label={t('selectionScoring.consensus.value', { max: target.max })}
              description={t('selectionScoring.consensus.valueHint', { current: shown(target.current) })}
              value={valueText}
              onChange={(e) => setValueText(e.currentTarget.value)}
              error={valueError}
              inputMode="decimal"
              autoComplete="off"
              data-autofocus
              data-testid="consensus-value"
            />
          ) : (
            <Text data-testid="consensus-change">{t('selectionScoring.consensus.change', { from: shown(target.current), to: shown(fixed) })}</Text>
          )}
          <ConsensusNoteFields note={note} onSubmit={() => void save()} autoFocus={fixed !== undefined} />
        </Stack>
      </form>
    </Dialog>
  );
}
