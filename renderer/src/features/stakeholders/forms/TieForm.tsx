import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { tieTypes } from '../../../../../shared/domain/stakeholders/codes';
import { tieFieldsSchema, type TieFields } from '../../../../../shared/domain/stakeholders/schemas';
import { LongTextField } from '../../../ui/formFields';
import { CheckField, CodeField, DateField, ScaleField, codeOptions } from './formControls';
import { PanelForm } from './PanelForm';

export interface TieFormProps {
  initial: TieFields;
  isNew: boolean;
  /** The actors of the map, to pick the tie's ends from. */
  actors: readonly { id: string; name: string }[];
  onSave: (fields: TieFields) => Promise<void>;
  onCancel: () => void;
}

/**
 * A tie's editor in the canvas's side panel. The other end is picked from a searchable list,
 * which is how the keyboard connects two actors; strength says what it weighs in the metrics.
 */
export function TieForm({ initial, isNew, actors, onSave, onCancel }: TieFormProps) {
  const { t } = useTranslation();
  const form = useForm<TieFields>({ resolver: zodResolver(tieFieldsSchema), defaultValues: initial, mode: 'onTouched' });
  const { control, handleSubmit, formState, setError } = form;
  const options = useMemo(() => [...actors].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ({ value: a.id, label: a.name })), [actors]);
  const submit = handleSubmit(async (fields) => {
    if (fields.from === fields.to) {
      setError('to', { message: 'errors.selfTie' });
      return;
    }
    await onSave(fields);
  });
  return (
    <PanelForm
      title={isNew ? 'stakeholderMap.tieForm.addTitle' : 'stakeholderMap.tieForm.editTitle'}
      isNew={isNew}
      submitting={formState.isSubmitting}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
      testId="map-tie-form"
    >
      <CodeField control={control} name="from" label="stakeholders.fields.from" options={options} searchable testId="map-tie-from" />
      <CodeField
        control={control}
        name="to"
        label="stakeholders.fields.to"
        options={options}
        searchable
        autoFocus={isNew && initial.to === ''}
        testId="map-tie-to"
      />
      <CodeField control={control} name="type" label="stakeholders.fields.type" options={codeOptions(t, 'tieType', tieTypes)} testId="map-tie-type" />
      <CheckField control={control} name="directed" label="stakeholders.fields.directed" hint="stakeholderMap.tieForm.directedHint" testId="map-tie-directed" />
      <ScaleField
        control={control}
        name="strength"
        label="stakeholders.fields.strength"
        hint="stakeholderMap.tieForm.strengthHint"
        min={1}
        max={5}
        testId="map-tie-strength"
      />
      <ScaleField
        control={control}
        name="trust"
        label="stakeholders.fields.trust"
        hint="stakeholderMap.tieForm.trustHint"
        min={1}
        max={5}
        unknownLabel="stakeholderMap.tieForm.unknown"
        testId="map-tie-trust"
      />
      <CheckField control={control} name="formal" label="stakeholders.fields.formal" testId="map-tie-formal" />
      <DateField control={control} name="since" label="stakeholders.fields.since" hint="stakeholderMap.tieForm.sinceHint" testId="map-tie-since" />
      <LongTextField control={control} name="notes" label="stakeholders.fields.notes" testId="map-tie-notes" />
    </PanelForm>
  );
}
