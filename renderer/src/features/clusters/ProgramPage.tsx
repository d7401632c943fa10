import { programFieldLabels } from '../../../../shared/domain/clusters/fieldLabels';
import { Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { programFieldsSchema, type ProgramFields } from '../../../../shared/domain/clusters/schemas';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { useCommit } from '../../app/useCommit';
import { TextField } from '../../ui/formFields';
import { NumberField } from '../../ui/NumberField';
import { Fact } from '../../ui/Fact';
import { SaveStatusBadge } from '../../ui/SaveStatusBadge';
import { useAutosave } from '../../ui/useAutosave';
import { useWorkspaceData } from '../../app/useWorkspaceData';

/** The program this workspace serves: who facilitates, where, and for which period. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { presentation } = useAppState();
  const { data } = useWorkspaceData(() => call('program.get', {}), [], { tables: ['program'] });
  const form = useForm<ProgramFields>({ resolver: zodResolver(programFieldsSchema), mode: 'onChange' });
  const commit = useCommit();
  const { status, markSaved } = useAutosave(form, programFieldsSchema, (values) => commit(() => call('program.update', values)).then(() => undefined));
  useEffect(() => {
    if (!data) return;
    markSaved(data);
    form.reset(data);
  }, [data, form, markSaved]);

  if (!data) return null;
  if (presentation) {
    const shown = form.getValues().name ? form.getValues() : data;
    const period = [shown.periodStart, shown.periodEnd].filter((y) => y !== null).join('–');
    return (
      <Stack data-testid="program.view">
        <Title order={1} className="wrap-anywhere">
          {shown.name}
        </Title>
        <SimpleGrid cols={2}>
          <Fact label={t('program.facilitator')}>{shown.facilitator}</Fact>
          <Fact label={t('program.institution')}>{shown.institution}</Fact>
          <Fact label={t('program.province')}>{shown.province}</Fact>
          <Fact label={t('program.regency')}>{shown.regency}</Fact>
          <Fact label={t('program.period')}>{period}</Fact>
        </SimpleGrid>
      </Stack>
    );
  }
  const { control } = form;
  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={2}>{t('program.title')}</Title>
        <SaveStatusBadge status={status} />
      </Group>
      <TextField control={control} name="name" label={programFieldLabels.name} required testId="program.name" />
      <SimpleGrid cols={2}>
        <TextField control={control} name="facilitator" label={programFieldLabels.facilitator} testId="program.facilitator" />
        <TextField control={control} name="institution" label={programFieldLabels.institution} testId="program.institution" />
        <TextField control={control} name="province" label={programFieldLabels.province} testId="program.province" />
        <TextField control={control} name="regency" label={programFieldLabels.regency} testId="program.regency" />
        <NumberField control={control} name="periodStart" label={programFieldLabels.periodStart} kind="year" testId="program.periodStart" />
        <NumberField control={control} name="periodEnd" label={programFieldLabels.periodEnd} kind="year" testId="program.periodEnd" />
      </SimpleGrid>
    </Stack>
  );
}
