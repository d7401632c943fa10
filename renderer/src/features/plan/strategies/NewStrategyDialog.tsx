import { SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediumStrategySchema } from '../../../../../shared/domain/plan/schemas';
import type { PlanView } from '../../../../../shared/domain/plan/types';
import { Dialog } from '../../../ui/Dialog';
import { DialogFooter } from '../../../ui/DialogFooter';
import type { PlanEdit } from '../usePlan';
import { towsOptions } from './towsOptions';

type Source = 'tows' | 'own';

/**
 * Starts a 3-year strategy: taken from one of the cluster's TOWS strategies (its words copied,
 * the link kept) or written here. The rest is filled in on the strategy's card.
 */
export function NewStrategyDialog({
  view,
  edit,
  onClose,
  onCreated,
}: {
  view: PlanView;
  edit: PlanEdit;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const tows = view.context.towsStrategies;
  const [source, setSource] = useState<Source>(tows.length > 0 ? 'tows' : 'own');
  const [towsId, setTowsId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const pick = (id: string | null) => {
    setTowsId(id);
    setText(tows.find((s) => s.id === id)?.text ?? '');
    setError(null);
  };
  const submit = async () => {
    const strategy = { id: crypto.randomUUID(), text, objective: '', area: null, towsStrategyId: source === 'tows' ? towsId : null, indicators: [] };
    const parsed = mediumStrategySchema.safeParse(strategy);
    if (!parsed.success) return setError(t(parsed.error.issues[0]!.message));
    setSaving(true);
    await edit('plan.strategies.save', { clusterId: view.clusterId, strategy: parsed.data }).then(
      () => {
        onCreated(strategy.id);
        onClose();
      },
      () => setSaving(false),
    );
  };

  return (
    <Dialog opened onClose={onClose} size="lg" title={t('planEditor.strategies.newTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        data-testid="plan-new-strategy"
      >
        <Stack>
          <SegmentedControl
            fullWidth
            aria-label={t('planEditor.strategies.source')}
            data={[
              { value: 'tows', label: t('planEditor.strategies.takeFromTows'), disabled: tows.length === 0 },
              { value: 'own', label: t('planEditor.strategies.writeOwn') },
            ]}
            value={source}
            onChange={(v) => setSource(v)}
            data-testid="plan-new-strategy.source"
          />
          {source === 'tows' && (
            <Select
              label={t('planEditor.strategies.tows')}
              data={towsOptions(t, tows, null)}
              value={towsId}
              onChange={pick}
              searchable
              data-autofocus
              comboboxProps={{ withinPortal: true }}
              data-testid="plan-new-strategy.tows"
            />
          )}
          {tows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('planEditor.strategies.noTows')}
            </Text>
          )}
          <Textarea
            label={t('planEditor.strategies.text')}
            autosize
            minRows={3}
            value={text}
            error={error}
            data-autofocus={source === 'own' || undefined}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            data-testid="plan-new-strategy.text"
          />
          <DialogFooter submitLabel={t('planEditor.strategies.create')} onCancel={onClose} busy={saving} submitTestId="plan-new-strategy.save" />
        </Stack>
      </form>
    </Dialog>
  );
}
