import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { determinants } from '../../../../../shared/domain/selection/codes';
import { swotItemFieldsSchema, type SwotItemFields } from '../../../../../shared/domain/swot/schemas';
import { Dialog } from '../../../ui/Dialog';
import { DialogFooter } from '../../../ui/DialogFooter';
import { LongTextField, useBoundField } from '../../../ui/formFields';
import { CodeField } from '../../stakeholders/forms/formControls';

export interface ItemDialogProps {
  /** The item's fields as they are, or a new item's (its quadrant chosen). */
  initial: SwotItemFields;
  isNew: boolean;
  onSave: (fields: SwotItemFields) => Promise<void>;
  onClose: () => void;
}

/** Adds or edits one SWOT item: its text, the determinant it concerns and where it comes from. */
export function ItemDialog({ initial, isNew, onSave, onClose }: ItemDialogProps) {
  const { t } = useTranslation();
  const { control, handleSubmit, formState } = useForm<SwotItemFields>({
    resolver: zodResolver(swotItemFieldsSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  // The item's text takes the focus, so N then typing adds an item without the mouse.
  const { field: text, common: textProps } = useBoundField({ control, name: 'text', label: 'swotBoard.itemDialog.text', testId: 'swot-item-text-input' });
  const quadrant = t(`swot.codes.quadrants.${initial.quadrant}`);
  const options = determinants.map((d) => ({ value: d, label: t(`selection.codes.determinants.${d}`) }));
  const submit = handleSubmit(async (fields) => {
    // A refused save keeps the dialog open with what was typed; the message is already shown.
    await onSave(fields).then(onClose, () => undefined);
  });
  return (
    <Dialog opened onClose={onClose} title={t(isNew ? 'swotBoard.itemDialog.addTitle' : 'swotBoard.itemDialog.editTitle', { quadrant })}>
      <form onSubmit={(e) => void submit(e)} data-testid="swot-item-dialog">
        <Stack gap="sm">
          <Textarea {...textProps} data-autofocus autosize minRows={3} value={text.value ?? ''} onChange={(e) => text.onChange(e.currentTarget.value)} />
          <CodeField control={control} name="determinant" label="swotBoard.itemDialog.determinant" options={options} clearable testId="swot-item-determinant" />
          <LongTextField control={control} name="evidence" label="swotBoard.itemDialog.evidence" testId="swot-item-evidence-input" />
          <DialogFooter submitLabel={t('swotBoard.itemDialog.save')} onCancel={onClose} busy={formState.isSubmitting} submitTestId="swot-item-save" />
        </Stack>
      </form>
    </Dialog>
  );
}
