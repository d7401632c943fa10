import { Checkbox, Input, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/*
 * Small bound inputs the map's forms need beyond ui/formFields: scores as a row of choices (a
 * radio group, reachable by arrow keys), yes/no boxes, searchable actor pickers and a date that
 * may be empty. Labels and errors are catalog keys, translated here.
 */

interface BoundProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  testId: string;
  /** A catalog key: a line under the label saying what the value means. */
  hint?: string;
}

/** A schema message is a catalog key (`validation.*`); a bare zod message (an empty id) reads as "required". */
function useErrorText(message: string | undefined): string | undefined {
  const { t } = useTranslation();
  if (!message) return undefined;
  return t(/^(validation|errors)\./.test(message) ? message : 'validation.required');
}

/** A score (0–5, 1–5); `unknownLabel` adds a first choice meaning "not known" (null). */
export function ScaleField<T extends FieldValues>({
  control,
  name,
  label,
  testId,
  hint,
  min,
  max,
  unknownLabel,
}: BoundProps<T> & { min: number; max: number; unknownLabel?: string }) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const error = useErrorText(fieldState.error?.message);
  const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  const data = [...(unknownLabel ? [{ value: 'unknown', label: t(unknownLabel) }] : []), ...values.map((v) => ({ value: v, label: v }))];
  return (
    <Input.Wrapper label={t(label)} description={hint && t(hint)} error={error} id={`${testId}-label`}>
      <SegmentedControl
        fullWidth
        data={data}
        value={field.value === null || field.value === undefined ? 'unknown' : String(field.value)}
        onChange={(v) => field.onChange(v === 'unknown' ? null : Number(v))}
        aria-labelledby={`${testId}-label-label`}
        data-testid={testId}
      />
    </Input.Wrapper>
  );
}

export function CheckField<T extends FieldValues>({ control, name, label, testId, hint }: BoundProps<T>) {
  const { t } = useTranslation();
  const { field } = useController({ control, name });
  return (
    <Checkbox
      label={t(label)}
      description={hint && t(hint)}
      checked={field.value === true}
      onChange={(e) => field.onChange(e.currentTarget.checked)}
      data-testid={testId}
    />
  );
}

/** A coded value from a list; `clearable` lets it be empty (null). */
export function CodeField<T extends FieldValues>({
  control,
  name,
  label,
  testId,
  options,
  clearable,
  searchable,
  autoFocus,
  onPicked,
}: BoundProps<T> & {
  options: { value: string; label: string }[];
  clearable?: boolean;
  searchable?: boolean;
  autoFocus?: boolean;
  onPicked?: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const error = useErrorText(fieldState.error?.message);
  return (
    <Select
      ref={field.ref}
      label={t(label)}
      data={options}
      value={field.value === '' ? null : (field.value ?? null)}
      onChange={(v) => {
        field.onChange(v ?? (clearable ? null : ''));
        if (v) onPicked?.(v);
      }}
      allowDeselect={false}
      clearable={clearable}
      searchable={searchable}
      // 2,000 actors: the list shows the first matches only, typing narrows it.
      limit={searchable ? 60 : undefined}
      error={error}
      autoFocus={autoFocus}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

/** A calendar date typed as YYYY-MM-DD; empty is "not known" (null). */
export function DateField<T extends FieldValues>({ control, name, label, testId, hint }: BoundProps<T>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const error = useErrorText(fieldState.error?.message);
  return (
    <TextInput
      label={t(label)}
      description={hint && t(hint)}
      placeholder={t('stakeholderMap.tieForm.datePlaceholder')}
      value={field.value ?? ''}
      onChange={(e) => field.onChange(e.currentTarget.value.trim() === '' ? null : e.currentTarget.value.trim())}
      onBlur={field.onBlur}
      error={error}
      data-testid={testId}
    />
  );
}

/** Options for a coded field, named in the user's language (`stakeholders.codes.<group>.<code>`). */
export function codeOptions(t: (key: string) => string, group: string, codes: readonly string[]): { value: string; label: string }[] {
  return codes.map((c) => ({ value: c, label: t(`stakeholders.codes.${group}.${c}`) }));
}
