import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Control, FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProgramInput } from '../../../../../shared/domain/plan/schemas';
import { useFormatters } from '../../../app/formatters';
import { TextField } from '../../../ui/formFields';
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
          {
            key: 'name',
            header: t('planEditor.program.activity'),
            cell: (p, i) => (
              <TextField
                control={control}
                name={`${p}.name` as Path}
                label="planEditor.program.activity"
                labelHidden
                testId={`plan-program.activities.${i}.name`}
              />
            ),
          },
          {
            key: 'start',
            header: t('planEditor.program.start'),
            width: '11rem',
            cell: (p, i) => (
              <MonthField
                control={control}
                name={`${p}.start` as Path}
                label="planEditor.program.start"
                options={months}
                labelHidden
                testId={`plan-program.activities.${i}.start`}
              />
            ),
          },
          {
            key: 'end',
            header: t('planEditor.program.end'),
            width: '11rem',
            cell: (p, i) => (
              <MonthField
                control={control}
                name={`${p}.end` as Path}
                label="planEditor.program.end"
                options={months}
                labelHidden
                testId={`plan-program.activities.${i}.end`}
              />
            ),
          },
          {
            key: 'output',
            header: t('planEditor.program.output'),
            cell: (p, i) => (
              <TextField
                control={control}
                name={`${p}.output` as Path}
                label="planEditor.program.output"
                labelHidden
                testId={`plan-program.activities.${i}.output`}
              />
            ),
          },
        ]}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextField control={control} name="beneficiaries" label="planEditor.program.beneficiaries" testId="plan-program.beneficiaries" />
        <TextField control={control} name="location" label="planEditor.program.location" testId="plan-program.location" />
      </SimpleGrid>
    </Stack>
  );
}
