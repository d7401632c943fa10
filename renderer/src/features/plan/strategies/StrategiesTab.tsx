import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediumStrategy, PlanView } from '../../../../../shared/domain/plan/types';
import { safeText } from '../../../../../shared/domain/plan/safeText';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { OrderButtons } from '../OrderButtons';
import { quietly, type PlanEdit } from '../usePlan';
import { NewStrategyDialog } from './NewStrategyDialog';
import { StrategyForm } from './StrategyForm';

/**
 * The 3-year medium plan: its strategies, one card each, in order. `focusId` is a strategy
 * another tab asked to open (a check, a view's row): it is scrolled into view and focused.
 */
export function StrategiesTab({ view, edit, focusId }: { view: PlanView; edit: PlanEdit; focusId: string | null }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<MediumStrategy | null>(null);
  const [focus, setFocus] = useState(focusId);
  const box = useRef<HTMLDivElement>(null);
  const { mediumStart } = view.header;

  useEffect(() => {
    if (!focus) return;
    const card = box.current?.querySelector<HTMLElement>(`[data-strategy="${CSS.escape(focus)}"]`);
    if (!card) return;
    card.scrollIntoView({ block: 'start' });
    card.querySelector<HTMLElement>('textarea, input')?.focus();
    setFocus(null);
  }, [focus, view.strategies]);

  return (
    <Stack ref={box} data-testid="plan-strategies">
      <Group justify="space-between">
        <Text>{t('planEditor.strategies.intro', { from: mediumStart, to: mediumStart + 2 })}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} className="editing-chrome" data-testid="plan-strategies.add">
          {t('planEditor.strategies.add')}
        </Button>
      </Group>
      {view.strategies.length === 0 && <Text c="dimmed">{t('planEditor.strategies.none')}</Text>}
      {view.strategies.map((s, i) => {
        const name = t('planEditor.strategies.numbered', { n: i + 1 });
        return (
          <Paper key={s.id} withBorder p="md" component="section" aria-labelledby={`plan-strategy-title-${i}`} data-strategy={s.id} data-testid="plan-strategy">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4" id={`plan-strategy-title-${i}`}>
                {name}
              </Title>
              <OrderButtons
                name={name}
                index={i}
                count={view.strategies.length}
                onMove={(position) => quietly(edit('plan.strategies.move', { id: s.id, position }))}
                onDelete={() => setDeleting(s)}
                testId={`plan-strategy-${i}`}
              />
            </Group>
            <StrategyForm view={view} strategy={s} edit={edit} />
          </Paper>
        );
      })}
      {adding && <NewStrategyDialog view={view} edit={edit} onClose={() => setAdding(false)} onCreated={setFocus} />}
      {deleting && (
        <ConfirmDialog
          title={t('planEditor.strategies.deleteTitle')}
          message={t('planEditor.strategies.deleteMessage', { text: safeText(deleting.text) })}
          confirmLabel={t('planEditor.strategies.deleteConfirm')}
          onConfirm={() => quietly(edit('plan.strategies.delete', { id: deleting.id }))}
          onClose={() => setDeleting(null)}
          testId="plan-strategy-delete"
        />
      )}
    </Stack>
  );
}
