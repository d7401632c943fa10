import { Select, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/*
 * Form fields bound to react-hook-form. Labels and validation messages are catalog keys,
 * translated here, so forms stay free of literal text.
 */

export interface FieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  testId?: string;
  /** In a table the column header names the field: the label is kept for screen readers only. */
  labelHidden?: boolean;
}

/** The field's value and the props every input shares: label, error, blur, test id. */
export function useBoundField<T extends FieldValues>({ control, name, label, testId, labelHidden }: FieldProps<T>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  return {
    field,
    common: {
      // The input element itself, so a new row's first field takes the focus when added.
      ref: field.ref,
      label: labelHidden ? undefined : t(label),
      'aria-label': t(label),
      onBlur: field.onBlur,
      error: fieldState.error?.message && t(fieldState.error.message),
      'data-testid': testId,
    },
  };
}

export function TextField<T extends FieldValues>(props: FieldProps<T> & { required?: boolean }) {
  const { field, common } = useBoundField(props);
  return <TextInput {...common} withAsterisk={props.required} value={field.value ?? ''} onChange={(e) => field.onChange(e.currentTarget.value)} />;
}

export function LongTextField<T extends FieldValues>(props: FieldProps<T>) {
  const { field, common } = useBoundField(props);
  return <Textarea {...common} autosize minRows={3} value={field.value ?? ''} onChange={(e) => field.onChange(e.currentTarget.value)} />;
}

export function SelectField<T extends FieldValues>(props: FieldProps<T> & { options: readonly { value: string; label: string }[] }) {
  const { field, common } = useBoundField(props);
  return (
    <Select
      {...common}
      data={props.options as { value: string; label: string }[]}
      value={field.value}
      onChange={(v) => v && field.onChange(v)}
      allowDeselect={false}
    />
  );
}

/** A list of short names typed one after another (products): Enter or comma adds one. */
export function TagsField<T extends FieldValues>(props: FieldProps<T> & { hint: string }) {
  const { t } = useTranslation();
  const { field, common } = useBoundField(props);
  return <TagsInput {...common} description={t(props.hint)} value={field.value ?? []} onChange={field.onChange} splitChars={[',', ';']} clearable />;
}
