import { Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { snapshotFieldsSchema } from '../../../../../shared/domain/stakeholders/schemas';
import { Dialog } from '../../../ui/Dialog';
import { DialogFooter } from '../../../ui/DialogFooter';

export interface SnapshotFields {
  label: string;
  takenOn: string;
}

/** Today as the calendar shows it here (not UTC: a snapshot taken at 6 a.m. in Jakarta is today's). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The label and date of a snapshot, to take one or to rename one. The date is the day the map
 * showed this state (a baseline entered late keeps its real day), today by default.
 */
export function SnapshotDialog({
  title,
  submitLabel,
  initial,
  onSubmit,
  onClose,
}: {
  title: string;
  submitLabel: string;
  initial: SnapshotFields;
  onSubmit: (fields: SnapshotFields) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(initial.label);
  const [takenOn, setTakenOn] = useState(initial.takenOn);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const parsed = snapshotFieldsSchema.safeParse({ label, takenOn });
  const issue = (field: keyof SnapshotFields) => {
    if (!shown || parsed.success) return undefined;
    const found = parsed.error.issues.find((i) => i.path[0] === field);
    return found ? t(found.message) : undefined;
  };

  const submit = async () => {
    setShown(true);
    if (!parsed.success) return;
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      onClose();
    } catch {
      // The commit has shown why; the dialog stays open with what was typed.
      setBusy(false);
    }
  };

  return (
    <Dialog opened onClose={onClose} title={title}>
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <Stack>
          <TextInput
            label={t('stakeholderSnapshots.fields.label')}
            description={t('stakeholderSnapshots.fields.labelHint')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            error={issue('label')}
            required
            data-autofocus
            data-testid="snapshot-label"
          />
          {/* Typed as YYYY-MM-DD, as the validation message says: a native date field would show the
              browser's own order (mm/dd/yyyy on an English system), whatever the app's language. */}
          <TextInput
            label={t('stakeholderSnapshots.fields.takenOn')}
            description={t('stakeholderSnapshots.fields.takenOnHint')}
            placeholder={t('stakeholderSnapshots.fields.takenOnPlaceholder')}
            inputMode="numeric"
            maxLength={10}
            value={takenOn}
            onChange={(e) => setTakenOn(e.currentTarget.value.trim())}
            error={issue('takenOn')}
            required
            data-testid="snapshot-date"
          />
          <DialogFooter submitLabel={submitLabel} onCancel={onClose} busy={busy} submitTestId="snapshot-save" />
        </Stack>
      </form>
    </Dialog>
  );
}
