import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Control, FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProgramInput } from '../../../../../shared/domain/plan/schemas';
import { useFormatters } from '../../../app/formatters';
import { TextField } from '../../../ui/formFields';
import type { CellColumn } from '../../../ui/RowsField';
import { MonthField, monthOptions } from '../planFields';
import { PlanRows } from '../PlanRows';

type Path = FieldPath<ProgramInput>;

/**
 * WHAT: the activities, each with its start and end month (offered around the plan year, a new
 * one starting in its January) and its output; who benefits; where, down to the village.
 */
export function WhatSection({ control, year }: { control: Control<ProgramInput>; year: number }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const months = monthOptions(year, locale);
  const first = `${year}-01`;
  const month = (field: 'start' | 'end', label: string): CellColumn => ({
    key: field,
    header: t(label),
    width: '11rem',
    cell: (p, i) => (
      <MonthField
        control={control}
        name={`${p}.${field}` as Path}
        label={label}
        options={months}
        labelHidden
        testId={`plan-program.activities.${i}.${field}`}
      />
    ),
  });
  return (
    <Stack>
      <Text fw={600}>{t('planEditor.program.activities')}</Text>
      <PlanRows
        control={control}
        name="activities"
        testId="plan-program.activities"
        addLabel="planEditor.program.addActivity"
        makeRow={() => ({ id: crypto.randomUUID(), name: '', start: first, end: first, output: '' })}
        columns={[
          { field: 'name', label: 'planEditor.program.activity', kind: 'text' },
          month('start', 'planEditor.program.start'),
          month('end', 'planEditor.program.end'),
          { field: 'output', label: 'planEditor.program.output', kind: 'text' },
        ]}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextField control={control} name="beneficiaries" label="planEditor.program.beneficiaries" testId="plan-program.beneficiaries" />
        <TextField control={control} name="location" label="planEditor.program.location" testId="plan-program.location" />
      </SimpleGrid>
    </Stack>
  );
}
