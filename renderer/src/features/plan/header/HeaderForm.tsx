import { Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { approvalHeadings, planAreas } from '../../../../../shared/domain/plan/codes';
import { planHeaderFieldsSchema, type PlanHeaderFields } from '../../../../../shared/domain/plan/schemas';
import type { PlanView } from '../../../../../shared/domain/plan/types';
import { LongTextField, SelectField, TextField } from '../../../ui/formFields';
import { NumberField } from '../../../ui/NumberField';
import { SaveStatusBadge } from '../../../ui/SaveStatusBadge';
import { DateField } from '../planFields';
import { areaOptions, headingOptions } from '../planOptions';
import { PlanRows, type PlanRowsColumn } from '../PlanRows';
import type { PlanEdit } from '../usePlan';
import { usePlanForm } from '../usePlanForm';

type Path = FieldPath<PlanHeaderFields>;

/** The header's fields alone (the view adds `updatedAt`). */
export function headerFieldsOf(h: PlanHeaderFields): PlanHeaderFields {
  const {
    title,
    facilitator,
    institution,
    place,
    documentDate,
    year,
    mediumStart,
    visionYear,
    vision,
    targets,
    goal,
    purpose,
    assumptions,
    leadLoadMax,
    approvals,
  } = h;
  return {
    title,
    facilitator,
    institution,
    place,
    documentDate,
    year,
    mediumStart,
    visionYear,
    vision,
    targets,
    goal,
    purpose,
    assumptions,
    leadLoadMax,
    approvals,
  };
}

/**
 * The plan's header, one form: its years, the 10-year vision with its long-term targets (each
 * tied to a determinant or social capital), the PDM's goal, purpose and assumptions, the cover
 * and the approval blocks. Committed while typing, one undoable step per pause.
 */
export function HeaderForm({ view, edit }: { view: PlanView; edit: PlanEdit }) {
  const { t } = useTranslation();
  const { form, status } = usePlanForm(planHeaderFieldsSchema, headerFieldsOf(view.header), async (fields) => {
    await edit('plan.header.save', { clusterId: view.clusterId, fields });
  });
  const { control } = form;
  const visionYear = useWatch({ control, name: 'visionYear' });
  const areas = areaOptions(t);
  const headings = headingOptions(t);
  /** A column of an approval block's text, headed by the field's own label. */
  const approvalText = (field: 'title' | 'name' | 'nip', labelKey: string, width?: string): PlanRowsColumn => ({
    key: field,
    header: t(labelKey),
    width,
    cell: (p, i) => <TextField control={control} name={`${p}.${field}` as Path} label={labelKey} labelHidden testId={`plan-header.approvals.${i}.${field}`} />,
  });
  return (
    <Stack data-testid="plan-header-form">
      <Group justify="flex-end" className="sticky-bar">
        <SaveStatusBadge status={status} />
      </Group>
      <Fieldset legend={t('planEditor.header.years')}>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <NumberField commitOnConfirm control={control} name="year" kind="year" label="planEditor.header.year" testId="plan-header.year" />
          <NumberField
            commitOnConfirm
            control={control}
            name="mediumStart"
            kind="year"
            label="planEditor.header.mediumStart"
            testId="plan-header.mediumStart"
          />
          <NumberField commitOnConfirm control={control} name="visionYear" kind="year" label="planEditor.header.visionYear" testId="plan-header.visionYear" />
          <NumberField commitOnConfirm control={control} name="leadLoadMax" label="planEditor.header.leadLoadMax" testId="plan-header.leadLoadMax" />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={typeof visionYear === 'number' ? t('planEditor.header.visionUntil', { year: visionYear }) : t('planEditor.header.visionTitle')}>
        <Stack>
          <LongTextField control={control} name="vision" label="planEditor.header.vision" testId="plan-header.vision" />
          <Text fw={600}>{t('planEditor.header.targets')}</Text>
          <Text size="sm" c="dimmed">
            {t('planEditor.header.targetsHint')}
          </Text>
          <PlanRows
            control={control}
            name="targets"
            testId="plan-header.targets"
            addLabel="planEditor.header.addTarget"
            makeRow={() => ({ id: crypto.randomUUID(), text: '', area: planAreas[0], target: '' })}
            columns={[
              {
                key: 'text',
                header: t('planEditor.header.targetText'),
                cell: (p, i) => (
                  <TextField
                    control={control}
                    name={`${p}.text` as Path}
                    label="planEditor.header.targetText"
                    labelHidden
                    testId={`plan-header.targets.${i}.text`}
                  />
                ),
              },
              {
                key: 'area',
                header: t('planEditor.area'),
                width: '16rem',
                cell: (p, i) => (
                  <SelectField
                    control={control}
                    name={`${p}.area` as Path}
                    label="planEditor.area"
                    options={areas}
                    labelHidden
                    testId={`plan-header.targets.${i}.area`}
                  />
                ),
              },
              {
                key: 'target',
                header: t('planEditor.header.targetValue'),
                cell: (p, i) => (
                  <TextField
                    control={control}
                    name={`${p}.target` as Path}
                    label="planEditor.header.targetValue"
                    labelHidden
                    testId={`plan-header.targets.${i}.target`}
                  />
                ),
              },
            ]}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('planEditor.header.pdm')}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('planEditor.header.pdmHint')}
          </Text>
          <LongTextField control={control} name="goal" label="planEditor.header.goal" testId="plan-header.goal" />
          <LongTextField control={control} name="purpose" label="planEditor.header.purpose" testId="plan-header.purpose" />
          <LongTextField control={control} name="assumptions" label="planEditor.header.assumptions" testId="plan-header.assumptions" />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('planEditor.header.cover')}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextField control={control} name="title" label="planEditor.header.title" testId="plan-header.title" />
          <TextField control={control} name="facilitator" label="planEditor.header.facilitator" testId="plan-header.facilitator" />
          <TextField control={control} name="institution" label="planEditor.header.institution" testId="plan-header.institution" />
          <TextField control={control} name="place" label="planEditor.header.place" testId="plan-header.place" />
          <DateField control={control} name="documentDate" label="planEditor.header.documentDate" testId="plan-header.documentDate" />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('planEditor.header.approvals')}>
        <PlanRows
          control={control}
          name="approvals"
          testId="plan-header.approvals"
          addLabel="planEditor.header.addApproval"
          max={6}
          makeRow={() => ({ id: crypto.randomUUID(), heading: approvalHeadings[0], title: '', name: '', nip: '' })}
          columns={[
            {
              key: 'heading',
              header: t('planEditor.header.heading'),
              width: '11rem',
              cell: (p, i) => (
                <SelectField
                  control={control}
                  name={`${p}.heading` as Path}
                  label="planEditor.header.heading"
                  options={headings}
                  labelHidden
                  testId={`plan-header.approvals.${i}.heading`}
                />
              ),
            },
            approvalText('title', 'planEditor.header.approvalTitle'),
            approvalText('name', 'planEditor.header.approvalName'),
            approvalText('nip', 'planEditor.header.nip', '14rem'),
          ]}
        />
      </Fieldset>
    </Stack>
  );
}
