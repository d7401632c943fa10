import { NumberInput, Select, TagsInput, TextInput, Textarea } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../app/formatters';

/*
 * Form fields bound to react-hook-form. Labels and validation messages are catalog keys,
 * translated here, so forms stay free of literal text.
 */

interface FieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  testId?: string;
  /** In a table the column header names the field: the label is kept for screen readers only. */
  labelHidden?: boolean;
}

export function TextField<T extends FieldValues>({ control, name, label, testId, required, labelHidden }: FieldProps<T> & { required?: boolean }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          label={labelHidden ? undefined : t(label)}
          aria-label={t(label)}
          withAsterisk={required}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(e.currentTarget.value)}
          onBlur={field.onBlur}
          error={fieldState.error?.message && t(fieldState.error.message)}
          data-testid={testId}
        />
      )}
    />
  );
}

export function LongTextField<T extends FieldValues>({ control, name, label, testId }: FieldProps<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Textarea
          label={t(label)}
          autosize
          minRows={3}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(e.currentTarget.value)}
          onBlur={field.onBlur}
          error={fieldState.error?.message && t(fieldState.error.message)}
          data-testid={testId}
        />
      )}
    />
  );
}

/** A whole number that may be empty: counts, Rupiah amounts (`rupiah`) or years (`year`). */
export function NumberField<T extends FieldValues>({
  control,
  name,
  label,
  testId,
  labelHidden,
  kind = 'count',
}: FieldProps<T> & { kind?: 'count' | 'rupiah' | 'year' }) {
  const { t } = useTranslation();
  const { separators } = useFormatters();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={labelHidden ? undefined : t(label)}
          aria-label={t(label)}
          value={field.value ?? ''}
          onChange={(v) => field.onChange(v === '' ? null : typeof v === 'number' ? v : Number.NaN)}
          onBlur={field.onBlur}
          thousandSeparator={kind === 'year' ? undefined : separators.thousand}
          decimalSeparator={separators.decimal}
          prefix={kind === 'rupiah' ? 'Rp ' : undefined}
          allowDecimal={false}
          hideControls
          error={fieldState.error?.message && t(fieldState.error.message)}
          data-testid={testId}
        />
      )}
    />
  );
}

export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  testId,
  labelHidden,
  options,
}: FieldProps<T> & { options: readonly { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={labelHidden ? undefined : t(label)}
          aria-label={t(label)}
          data={options as { value: string; label: string }[]}
          value={field.value}
          onChange={(v) => v && field.onChange(v)}
          allowDeselect={false}
          error={fieldState.error?.message && t(fieldState.error.message)}
          data-testid={testId}
        />
      )}
    />
  );
}

/** A list of short names typed one after another (products): Enter or comma adds one. */
export function TagsField<T extends FieldValues>({ control, name, label, testId, hint }: FieldProps<T> & { hint: string }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TagsInput
          label={t(label)}
          description={t(hint)}
          value={field.value ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          splitChars={[',', ';']}
          clearable
          error={fieldState.error?.message && t(fieldState.error.message)}
          data-testid={testId}
        />
      )}
    />
  );
}
