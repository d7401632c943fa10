import { Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyProgram } from '../../../../../shared/domain/plan/defaults';
import { programSchema } from '../../../../../shared/domain/plan/schemas';
import type { PlanView } from '../../../../../shared/domain/plan/types';
import { Dialog } from '../../../ui/Dialog';
import { DialogFooter } from '../../../ui/DialogFooter';
import type { PlanEdit } from '../usePlan';

/** Starts a blank program by its name (the one field a program cannot be without); the editor then opens on it. */
export function NewProgramDialog({ view, edit, onClose, onCreated }: { view: PlanView; edit: PlanEdit; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const parsed = programSchema.safeParse(emptyProgram(crypto.randomUUID(), name));
    if (!parsed.success) return setError(t(parsed.error.issues[0]!.message));
    setSaving(true);
    await edit('plan.programs.save', { clusterId: view.clusterId, program: parsed.data }).then(
      () => {
        onCreated(parsed.data.id);
        onClose();
      },
      () => setSaving(false),
    );
  };
  return (
    <Dialog opened onClose={onClose} title={t('planEditor.programs.newTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        data-testid="plan-new-program"
      >
        <Stack>
          <TextInput
            label={t('planEditor.program.name')}
            value={name}
            error={error}
            data-autofocus
            onChange={(e) => {
              setName(e.currentTarget.value);
              setError(null);
            }}
            data-testid="plan-new-program.name"
          />
          <DialogFooter submitLabel={t('planEditor.programs.create')} onCancel={onClose} busy={saving} submitTestId="plan-new-program.create" />
        </Stack>
      </form>
    </Dialog>
  );
}
