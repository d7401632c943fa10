import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mediumStrategySchema, type MediumStrategyInput } from '../../../../../shared/domain/plan/schemas';
import type { MediumStrategy, PlanView } from '../../../../../shared/domain/plan/types';
import { LongTextField } from '../../../ui/formFields';
import type { FieldColumn } from '../../../ui/RowsField';
import { SaveStatusBadge } from '../../../ui/SaveStatusBadge';
import { AreaField, NullableSelectField } from '../planFields';
import { PlanRows } from '../PlanRows';
import type { PlanEdit } from '../usePlan';
import { usePlanForm } from '../usePlanForm';
import { towsOptions } from './towsOptions';

/** Names of the three target columns for screen readers (the headers show the years). */
const yearLabels = ['planEditor.strategies.targetY1', 'planEditor.strategies.targetY2', 'planEditor.strategies.targetY3'];

/** The strategy's own fields (the view adds its resolved TOWS link). */
export function strategyFieldsOf(s: MediumStrategyInput): MediumStrategyInput {
  const { id, text, objective, area, towsStrategyId, indicators } = s;
  return { id, text, objective, area, towsStrategyId, indicators };
}

/**
 * One strategy of the 3-year plan: its text (taken from a TOWS strategy or written here), its
 * objective and area, and indicators with a baseline and a target for each of the plan's three
 * years, headed by the years themselves. Committed while typing.
 */
export function StrategyForm({ view, strategy, edit }: { view: PlanView; strategy: MediumStrategy; edit: PlanEdit }) {
  const { t } = useTranslation();
  const { form, status } = usePlanForm(mediumStrategySchema, strategyFieldsOf(strategy), async (values) => {
    await edit('plan.strategies.save', { clusterId: view.clusterId, strategy: values });
  });
  const { control } = form;
  const start = view.header.mediumStart;
  const testId = `plan-strategy-${strategy.id}`;
  return (
    <Stack gap="sm" data-testid={`${testId}.form`}>
      <Group justify="space-between">
        <Group gap="xs">
          {strategy.tows && (
            <Badge variant="light" color="blue" data-testid={`${testId}.tows`}>
              {t('planEditor.strategies.fromTows', { code: strategy.tows.code })}
            </Badge>
          )}
          {strategy.tows?.deleted && (
            <Badge variant="light" color="red" data-testid={`${testId}.towsDeleted`}>
              {t('planEditor.deleted')}
            </Badge>
          )}
        </Group>
        <SaveStatusBadge status={status} />
      </Group>
      <LongTextField control={control} name="text" label="planEditor.strategies.text" testId={`${testId}.text`} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <NullableSelectField
          control={control}
          name="towsStrategyId"
          label="planEditor.strategies.tows"
          options={towsOptions(t, view.context.towsStrategies, strategy.tows)}
          placeholder={t('planEditor.strategies.writtenHere')}
          testId={`${testId}.towsSelect`}
          onPick={(id) => {
            // Taking a TOWS strategy takes its words too; the facilitator adapts them from there.
            const tows = view.context.towsStrategies.find((s) => s.id === id);
            if (tows) form.setValue('text', tows.text, { shouldDirty: true, shouldValidate: true });
          }}
        />
        <AreaField control={control} name="area" testId={`${testId}.area`} />
      </SimpleGrid>
      <LongTextField control={control} name="objective" label="planEditor.strategies.objective" testId={`${testId}.objective`} />
      <Text fw={600}>{t('planEditor.strategies.indicators')}</Text>
      <PlanRows
        control={control}
        name="indicators"
        testId={`${testId}.indicators`}
        addLabel="planEditor.strategies.addIndicator"
        makeRow={() => ({ id: crypto.randomUUID(), name: '', unit: '', baseline: null, targets: [null, null, null] as [null, null, null] })}
        columns={[
          { field: 'name', label: 'planEditor.indicator', kind: 'text' },
          { field: 'unit', label: 'planEditor.strategies.unit', kind: 'text', width: '9rem' },
          { field: 'baseline', label: 'planEditor.strategies.baseline', kind: 'count', width: '8rem' },
          ...yearLabels.map((label, k): FieldColumn => ({
            field: `targets.${k}`,
            label,
            kind: 'count',
            header: t('planEditor.strategies.targetYear', { year: start + k }),
            width: '8rem',
          })),
        ]}
      />
    </Stack>
  );
}
