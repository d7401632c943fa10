import { Select, TextInput } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBoundField, type FieldProps } from '../../ui/formFields';
import { areaOptions } from './planOptions';

/*
 * Form fields the plan needs beyond the app's own (ui/formFields): a choice that may be left
 * empty (null), the area a strategy or program works on, a month as `YYYY-MM` picked from a list
 * around the plan year, and a date.
 */

export interface Option {
  value: string;
  label: string;
}

/** A choice that may be empty: the form holds null then (a program's strategy, area, activity). */
export function NullableSelectField<T extends FieldValues>(
  props: FieldProps<T> & { options: readonly Option[]; placeholder?: string; onPick?: (value: string | null) => void },
) {
  const { field, common } = useBoundField(props);
  return (
    <Select
      {...common}
      data={props.options as Option[]}
      value={field.value ?? null}
      onChange={(v) => {
        field.onChange(v ?? null);
        props.onPick?.(v ?? null);
      }}
      placeholder={props.placeholder}
      clearable
      searchable
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The diamond determinant (or social capital) a strategy or program works on, or none yet. */
export function AreaField<T extends FieldValues>({ control, name, testId }: Omit<FieldProps<T>, 'label' | 'labelHidden'>) {
  const { t } = useTranslation();
  return (
    <NullableSelectField control={control} name={name} label="planEditor.area" options={areaOptions(t)} placeholder={t('planEditor.noArea')} testId={testId} />
  );
}

/** The months offered for an activity: the year before the plan year to the year after, so a slip is visible but possible. */
export function monthOptions(year: number, locale: string): Option[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const options: Option[] = [];
  for (let y = year - 1; y <= year + 1; y++)
    for (let m = 1; m <= 12; m++) options.push({ value: `${y}-${String(m).padStart(2, '0')}`, label: format.format(Date.UTC(y, m - 1, 1)) });
  return options;
}

/**
 * A month picked from a list (typing filters it: "mei 2027"). A stored month outside the list
 * (years away from the plan year) stays selectable so it is shown, not silently dropped.
 */
export function MonthField<T extends FieldValues>(props: FieldProps<T> & { options: readonly Option[] }) {
  const { field, common } = useBoundField(props);
  const value = typeof field.value === 'string' ? field.value : null;
  const data = value && !props.options.some((o) => o.value === value) ? [{ value, label: value }, ...props.options] : props.options;
  return (
    <Select
      {...common}
      data={data as Option[]}
      value={value}
      onChange={(v) => v && field.onChange(v)}
      allowDeselect={false}
      searchable
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** A calendar date (`YYYY-MM-DD`) or none: the browser's own date input, which the keyboard reaches. */
export function DateField<T extends FieldValues>(props: FieldProps<T>) {
  const { field, common } = useBoundField(props);
  return (
    <TextInput
      {...common}
      type="date"
      value={field.value ?? ''}
      onChange={(e) => field.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
    />
  );
}
