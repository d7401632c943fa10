import { Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { approvalHeadings, planAreas } from '../../../../../shared/domain/plan/codes';
import { planHeaderFieldsSchema, type PlanHeaderFields } from '../../../../../shared/domain/plan/schemas';
import type { PlanHeader, PlanView } from '../../../../../shared/domain/plan/types';
import { LongTextField, TextField } from '../../../ui/formFields';
import { NumberField } from '../../../ui/NumberField';
import { SaveStatusBadge } from '../../../ui/SaveStatusBadge';
import { DateField } from '../planFields';
import { areaOptions, headingOptions } from '../planOptions';
import { PlanRows } from '../PlanRows';
import type { PlanEdit } from '../usePlan';
import { usePlanForm } from '../usePlanForm';

/** The header's fields alone (the view adds `updatedAt`). */
export function headerFieldsOf(h: PlanHeader): PlanHeaderFields {
  const { updatedAt: _updatedAt, ...fields } = h;
  return fields;
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
  return (
    <Stack data-testid="plan-header-form">
      <Group justify="flex-end" className="sticky-bar">
        <SaveStatusBadge status={status} />
      </Group>
      <Fieldset legend={t('planEditor.header.years')}>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <NumberField control={control} name="year" kind="year" label="planEditor.header.year" testId="plan-header.year" />
          <NumberField control={control} name="mediumStart" kind="year" label="planEditor.header.mediumStart" testId="plan-header.mediumStart" />
          <NumberField control={control} name="visionYear" kind="year" label="planEditor.header.visionYear" testId="plan-header.visionYear" />
          <NumberField control={control} name="leadLoadMax" label="planEditor.header.leadLoadMax" testId="plan-header.leadLoadMax" />
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
              { field: 'text', label: 'planEditor.header.targetText', kind: 'text' },
              { field: 'area', label: 'planEditor.area', kind: 'select', options: areas, width: '16rem' },
              { field: 'target', label: 'planEditor.header.targetValue', kind: 'text' },
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
            { field: 'heading', label: 'planEditor.header.heading', kind: 'select', options: headings, width: '11rem' },
            { field: 'title', label: 'planEditor.header.approvalTitle', kind: 'text' },
            { field: 'name', label: 'planEditor.header.approvalName', kind: 'text' },
            { field: 'nip', label: 'planEditor.header.nip', kind: 'text', width: '14rem' },
          ]}
        />
      </Fieldset>
    </Stack>
  );
}
