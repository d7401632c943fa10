import { Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { versionLabelSchema } from '../../../../../../shared/domain/plan/schemas';
import { call } from '../../../../app/client';
import { notifyDone } from '../../../../app/notify';
import { useCommit } from '../../../../app/useCommit';
import { Dialog } from '../../../../ui/Dialog';
import { DialogFooter } from '../../../../ui/DialogFooter';

/**
 * Freezes the draft as it is now under a label ("Diajukan ke forum 12 Jan 2027"), so the
 * version the forum received survives later edits and handovers; the draft stays editable.
 */
export function FreezeDialog({ clusterId, locale, onFrozen, onClose }: { clusterId: string; locale: string; onFrozen: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const commit = useCommit();
  const [label, setLabel] = useState(() =>
    t('planViews.versions.defaultLabel', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date()) }),
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = versionLabelSchema.safeParse(label);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'validation.invalid');
    setSaving(true);
    try {
      await commit(() => call('plan.versions.freeze', { clusterId, label: parsed.data }));
      notifyDone(t('planViews.versions.frozen', { label: parsed.data }));
      onFrozen();
      onClose();
    } catch {
      // The failure was shown; the dialog stays open to try again.
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog opened onClose={onClose} title={t('planViews.versions.freezeTitle')}>
      <form onSubmit={(e) => void submit(e)} data-testid="plan-freeze-dialog">
        <Stack>
          <Text>{t('planViews.versions.freezeHelp')}</Text>
          <TextInput
            data-autofocus
            label={t('planViews.versions.label')}
            value={label}
            onChange={(e) => {
              setLabel(e.currentTarget.value);
              setError(null);
            }}
            error={error ? t(error) : undefined}
            data-testid="plan-freeze-label"
          />
          <DialogFooter submitLabel={t('planViews.versions.freeze')} onCancel={onClose} busy={saving} submitTestId="plan-freeze-save" />
        </Stack>
      </form>
    </Dialog>
  );
}
