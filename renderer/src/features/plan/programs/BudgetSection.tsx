import { Group, Stack, Table } from '@mantine/core';
import { useEffect } from 'react';
import { useWatch, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProgramInput } from '../../../../../shared/domain/plan/schemas';
import type { FundingSource, Program } from '../../../../../shared/domain/plan/types';
import { budgetTotals } from '../../../../../shared/domain/plan/views/budgetTotals';
import { useFormatters } from '../../../app/formatters';
import { SelectField } from '../../../ui/formFields';
import { NullableSelectField } from '../planFields';
import { fundingName, fundingOptions } from '../planOptions';
import { PlanRows } from '../PlanRows';
import { countedAmount } from './programFieldsOf';

type Path = FieldPath<ProgramInput>;

/**
 * The program's budget lines in Rupiah ("2,5 juta" and "Rp 2.500.000" both read), each paid
 * from a funding source and optionally tied to an activity, with the totals by source and the
 * program's total computed from the form's own values on every keystroke.
 */
export function BudgetSection({
  control,
  funding,
  stored,
  clearActivity,
}: {
  control: Control<ProgramInput>;
  funding: FundingSource[];
  /** The lines as stored: a line whose amount the field refuses counts at its stored amount. */
  stored: Program['budget'];
  /** Unties budget line `i` from its activity (the activity was removed). */
  clearActivity: (i: number) => void;
}) {
  const { t } = useTranslation();
  const { rupiah } = useFormatters();
  const [budget = [], activities = []] = useWatch({ control, name: ['budget', 'activities'] });
  const sources = fundingOptions(t, funding);
  const activityOptions = activities.map((a, i) => ({ value: a.id, label: a.name.trim() || t('planEditor.program.activityN', { n: i + 1 }) }));
  const totals = budgetTotals({
    programs: [{ id: 'live', name: '', area: null, budget: budget.map((l) => ({ sourceId: l.sourceId, amount: countedAmount(l.amount, stored, l.id) })) }],
    funding,
  });
  const byId = new Map(funding.map((s) => [s.id, s]));
  // A line tied to an activity just removed goes back to the whole program, as the service would
  // refuse a line for an activity the program no longer has.
  const activityIds = activities.map((a) => a.id).join(' ');
  useEffect(() => {
    const ids = new Set(activityIds.split(' '));
    budget.forEach((l, i) => {
      if (l.activityId !== null && !ids.has(l.activityId)) clearActivity(i);
    });
  }, [activityIds, budget, clearActivity]);
  return (
    <Stack>
      <PlanRows
        control={control}
        name="budget"
        testId="plan-program.budget"
        addLabel="planEditor.program.addBudgetLine"
        makeRow={() => ({ id: crypto.randomUUID(), item: '', amount: 0, sourceId: funding[0]?.id ?? '', activityId: null, note: '' })}
        columns={[
          { field: 'item', label: 'planEditor.program.item', kind: 'text' },
          { field: 'amount', label: 'planEditor.program.amount', kind: 'rupiah', width: '10rem' },
          {
            key: 'source',
            header: t('planEditor.program.source'),
            width: '12rem',
            cell: (p, i) => (
              <SelectField
                control={control}
                name={`${p}.sourceId` as Path}
                label="planEditor.program.source"
                options={sources}
                labelHidden
                testId={`plan-program.budget.${i}.source`}
              />
            ),
          },
          {
            key: 'activity',
            header: t('planEditor.program.forActivity'),
            // Wide enough for its placeholder ("Seluruh program") beside the arrow.
            width: '13rem',
            cell: (p, i) => (
              <NullableSelectField
                control={control}
                name={`${p}.activityId` as Path}
                label="planEditor.program.forActivity"
                options={activityOptions}
                placeholder={t('planEditor.program.wholeProgram')}
                labelHidden
                testId={`plan-program.budget.${i}.activity`}
              />
            ),
          },
          { field: 'note', label: 'planEditor.program.note', kind: 'text', width: '8rem' },
        ]}
      />
      <Group justify="flex-end">
        <Table withRowBorders={false} w="auto" data-testid="plan-program.budgetTotals">
          <Table.Tbody>
            {totals.bySource.map((s) => (
              <Table.Tr key={s.sourceId}>
                <Table.Td>{byId.has(s.sourceId) ? fundingName(t, byId.get(s.sourceId)!) : s.sourceId}</Table.Td>
                <Table.Td className="num plan-nowrap">{rupiah(s.amount)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th>{t('planEditor.program.budgetTotal')}</Table.Th>
              <Table.Th className="num plan-nowrap" data-testid="plan-program.budgetTotal">
                {rupiah(totals.total)}
              </Table.Th>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Group>
    </Stack>
  );
}
