import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  actorKinds,
  attitudes,
  defaultSectorOf,
  levels,
  roles,
  sectors,
  type ActorKind,
  type Level,
  type Sector,
} from '../../../../../shared/domain/stakeholders/codes';
import { actorFieldsSchema, type ActorFields } from '../../../../../shared/domain/stakeholders/schemas';
import { LongTextField, TextField } from '../../../ui/formFields';
import { CheckField, CodeField, ScaleField, codeOptions } from './formControls';
import { PanelForm } from './PanelForm';

/** The level an actor of a kind usually works at: SMEs and cooperatives in the cluster, the others in the regency. */
const usualLevelOf = (kind: ActorKind): Level => (kind === 'sme' || kind === 'cooperative' ? 'cluster' : 'regency');

export interface ActorFormProps {
  initial: ActorFields;
  /** A new actor (the title and the button say "add") or an edit. */
  isNew: boolean;
  onSave: (fields: ActorFields) => Promise<void>;
  onCancel: () => void;
}

/**
 * An actor's editor in the canvas's side panel: every field of the shared schema, the SME-only
 * ones shown for SMEs. Changing the kind proposes its usual sector (set at once while the sector
 * is still the old kind's usual one, offered as a button otherwise) and its usual level (set while
 * the level is still the old kind's usual one and was not picked by hand).
 */
export function ActorForm({ initial, isNew, onSave, onCancel }: ActorFormProps) {
  const { t } = useTranslation();
  const form = useForm<ActorFields>({ resolver: zodResolver(actorFieldsSchema), defaultValues: initial, mode: 'onTouched' });
  const { control, handleSubmit, setValue, getValues, formState } = form;
  const kind = useWatch({ control, name: 'kind' });
  const sector = useWatch({ control, name: 'sector' });
  const previousKind = useRef<ActorKind>(initial.kind);
  const [offered, setOffered] = useState<Sector | null>(null);
  const levelByHand = useRef(false);
  // Shown until taken, or until the sector is set some other way.
  const proposal = offered !== null && offered !== sector ? offered : null;

  const kindPicked = (next: string) => {
    const picked = next as ActorKind;
    if (picked === previousKind.current) return;
    const usual = defaultSectorOf[picked];
    if (getValues('sector') === defaultSectorOf[previousKind.current]) setValue('sector', usual);
    else setOffered(usual);
    if (!levelByHand.current && getValues('level') === usualLevelOf(previousKind.current)) setValue('level', usualLevelOf(picked));
    previousKind.current = picked;
  };

  const submit = handleSubmit(async (fields) => {
    // SME-only answers are kept off other kinds, so a kind changed away from SME drops them.
    await onSave(fields.kind === 'sme' ? fields : { ...fields, potentiallyViable: false, leadingFirm: false });
  });

  return (
    <PanelForm
      title={isNew ? 'stakeholderMap.actorForm.addTitle' : 'stakeholderMap.actorForm.editTitle'}
      isNew={isNew}
      submitting={formState.isSubmitting}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
      testId="map-actor-form"
    >
      <TextField control={control} name="name" label="stakeholders.fields.name" required testId="map-actor-name" />
      <CodeField
        control={control}
        name="kind"
        label="stakeholders.fields.kind"
        options={codeOptions(t, 'kind', actorKinds)}
        searchable
        onPicked={kindPicked}
        testId="map-actor-kind"
      />
      <CodeField control={control} name="sector" label="stakeholders.fields.sector" options={codeOptions(t, 'sector', sectors)} testId="map-actor-sector" />
      {proposal && (
        <Group gap="xs" data-testid="map-actor-sector-proposal">
          <Text size="sm">{t('stakeholderMap.actorForm.usualSector', { sector: t(`stakeholders.codes.sector.${proposal}`) })}</Text>
          <Button size="compact-sm" variant="light" onClick={() => setValue('sector', proposal, { shouldDirty: true })}>
            {t('stakeholderMap.actorForm.useSector')}
          </Button>
        </Group>
      )}
      <CodeField
        control={control}
        name="level"
        label="stakeholders.fields.level"
        options={codeOptions(t, 'level', levels)}
        onPicked={() => {
          levelByHand.current = true;
        }}
        testId="map-actor-level"
      />
      <CheckField control={control} name="insideCluster" label="stakeholders.fields.insideCluster" testId="map-actor-inside" />
      <CodeField control={control} name="role" label="stakeholders.fields.role" options={codeOptions(t, 'role', roles)} clearable testId="map-actor-role" />
      <ScaleField
        control={control}
        name="influence"
        label="stakeholders.fields.influence"
        hint="stakeholderMap.actorForm.influenceHint"
        min={0}
        max={5}
        testId="map-actor-influence"
      />
      <ScaleField control={control} name="interest" label="stakeholders.fields.interest" min={0} max={5} testId="map-actor-interest" />
      <CodeField
        control={control}
        name="attitude"
        label="stakeholders.fields.attitude"
        options={codeOptions(t, 'attitude', attitudes)}
        testId="map-actor-attitude"
      />
      {kind === 'sme' && (
        <>
          <CheckField control={control} name="potentiallyViable" label="stakeholders.fields.potentiallyViable" testId="map-actor-viable" />
          <CheckField control={control} name="leadingFirm" label="stakeholders.fields.leadingFirm" testId="map-actor-leading" />
        </>
      )}
      <TextField control={control} name="contact" label="stakeholders.fields.contact" testId="map-actor-contact" />
      <LongTextField control={control} name="notes" label="stakeholders.fields.notes" testId="map-actor-notes" />
    </PanelForm>
  );
}
