import { ActionIcon, Fieldset, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { memo, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { programSchema, type ProgramInput } from '../../../../../shared/domain/plan/schemas';
import type { PlanView, Program } from '../../../../../shared/domain/plan/types';
import { safeText } from '../../../../../shared/domain/plan/safeText';
import { LongTextField, SelectField, TextField } from '../../../ui/formFields';
import { SaveStatusBadge } from '../../../ui/SaveStatusBadge';
import { AreaField, NullableSelectField } from '../planFields';
import { statusOptions } from '../planOptions';
import type { PlanEdit } from '../usePlan';
import { usePlanForm } from '../usePlanForm';
import { BudgetSection } from './BudgetSection';
import { PlanRows } from '../PlanRows';
import { programFieldsOf } from './programFieldsOf';
import { WhatSection } from './WhatSection';
import { WhoSection } from './WhoSection';
import { WhySection } from './WhySection';

/** The editor's sections; a check or a view opens the program at the one holding its field. */
export type ProgramSection = 'main' | 'why' | 'who' | 'what' | 'indicators' | 'budget' | 'assumptions';

/** Which section holds a field a check points at (`lead`, `activities.<id>`, `budget` …). */
export function sectionOf(field: string | null): ProgramSection {
  const head = (field ?? '').split('.')[0];
  if (head === 'lead' || head === 'leadName' || head === 'participants') return 'who';
  if (head === 'activities' || head === 'beneficiaries' || head === 'location') return 'what';
  if (head === 'why' || head === 'links') return 'why';
  if (head === 'indicators' || head === 'budget' || head === 'assumptions') return head;
  return 'main';
}

export interface ProgramEditorProps {
  view: PlanView;
  program: Program;
  number: number;
  edit: PlanEdit;
  /** The form's values on every change, so the list's totals follow the typing. */
  onLive: (values: ProgramInput) => void;
  onClose: () => void;
  /** A section to bring into view when the editor opens (a check's target). */
  focus: ProgramSection | null;
}

/**
 * One 1-year program: name, status, strategy, area, objective and content; WHY, WHO, WHAT,
 * indicators, budget and assumptions — committed while typing, one undoable step per pause.
 */
export const ProgramEditor = memo(function ProgramEditor({ view, program, number, edit, onLive, onClose, focus }: ProgramEditorProps) {
  const { t } = useTranslation();
  const { form, status } = usePlanForm(programSchema, programFieldsOf(program), async (values) => {
    await edit('plan.programs.save', { clusterId: view.clusterId, program: values });
  });
  const { control } = form;
  const live = useWatch({ control }) as ProgramInput;
  useEffect(() => onLive(live), [live, onLive]);
  const box = useRef<HTMLDivElement>(null);
  const clearActivity = useCallback((i: number) => form.setValue(`budget.${i}.activityId`, null, { shouldDirty: true }), [form]);
  useEffect(() => {
    if (!focus) return;
    const section = box.current?.querySelector<HTMLElement>(`[data-section="${focus}"]`);
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }, [focus, program.id]);

  const strategies = view.strategies.map((s, i) => ({ value: s.id, label: t('planEditor.strategies.numberedText', { n: i + 1, text: safeText(s.text) }) }));
  const section = (key: ProgramSection, legend: string, children: ReactNode) => (
    <Fieldset legend={legend} data-section={key} data-testid={`plan-program.section.${key}`}>
      {children}
    </Fieldset>
  );
  return (
    <Paper withBorder p="md" ref={box} component="section" aria-labelledby="plan-program-title" data-testid="plan-program-editor" data-program={program.id}>
      <Group justify="space-between" mb="sm" className="sticky-bar">
        <Title order={2} size="h4" id="plan-program-title" className="wrap-anywhere">
          {t('planEditor.program.title', { n: number, name: safeText(live.name?.trim() || program.name) })}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <SaveStatusBadge status={status} />
          <ActionIcon variant="subtle" size="lg" onClick={onClose} aria-label={t('planEditor.program.close')} data-testid="plan-program.close">
            <IconX size={18} />
          </ActionIcon>
        </Group>
      </Group>
      <Stack>
        {section(
          'main',
          t('planEditor.program.main'),
          <Stack>
            <TextField control={control} name="name" label="planEditor.program.name" required testId="plan-program.name" />
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <SelectField control={control} name="status" label="planEditor.program.status" options={statusOptions(t)} testId="plan-program.status" />
              <NullableSelectField
                control={control}
                name="strategyId"
                label="planEditor.program.strategy"
                options={strategies}
                placeholder={t('planEditor.program.noStrategy')}
                testId="plan-program.strategy"
              />
              <AreaField control={control} name="area" testId="plan-program.area" />
            </SimpleGrid>
            <LongTextField control={control} name="objective" label="planEditor.program.objective" testId="plan-program.objective" />
            <LongTextField control={control} name="content" label="planEditor.program.content" testId="plan-program.content" />
            {program.templateKey && (
              <Text size="sm" c="dimmed" data-testid="plan-program.template">
                {t('planEditor.program.fromTemplate')}
              </Text>
            )}
          </Stack>,
        )}
        {section('why', t('planEditor.program.whySection'), <WhySection control={control} context={view.context} stored={program.links} />)}
        {section('who', t('planEditor.program.whoSection'), <WhoSection control={control} context={view.context} />)}
        {section('what', t('planEditor.program.whatSection'), <WhatSection control={control} year={view.header.year} />)}
        {section(
          'indicators',
          t('planEditor.program.indicators'),
          <PlanRows
            control={control}
            name="indicators"
            testId="plan-program.indicators"
            addLabel="planEditor.program.addIndicator"
            makeRow={() => ({ id: crypto.randomUUID(), name: '', target: '', means: '' })}
            columns={[
              { field: 'name', label: 'planEditor.indicator', kind: 'text' },
              { field: 'target', label: 'planEditor.program.target', kind: 'text' },
              { field: 'means', label: 'planEditor.program.means', kind: 'text' },
            ]}
          />,
        )}
        {section(
          'budget',
          t('planEditor.program.budgetSection'),
          <BudgetSection control={control} funding={view.funding} stored={program.budget} clearActivity={clearActivity} />,
        )}
        {section(
          'assumptions',
          t('planEditor.program.assumptionsSection'),
          <LongTextField control={control} name="assumptions" label="planEditor.program.assumptions" testId="plan-program.assumptions" />,
        )}
      </Stack>
    </Paper>
  );
});
