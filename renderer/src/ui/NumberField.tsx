import { TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseWholeNumber, type WholeNumberKind } from '../../../shared/domain/amounts/parseAmount';
import { useFormatters } from '../app/formatters';
import { useBoundField, type FieldProps } from './formFields';
import { confirmedInputProps } from './useAutosave';

/** How long typing must pause before a reading problem is shown: "1.5" is on its way to "1.500.000". */
const PROBLEM_DELAY_MS = 600;

/**
 * A whole number that may be empty: a count, an amount in Rupiah (`rupiah`) or a year (`year`).
 * A plain text box read by `parseWholeNumber`, so what is typed and what is pasted are read the
 * same way ("Rp 2.500.000,00", "1,5 juta"); the figure is shown formatted once the field is left.
 * The autosave stores the figure only when the field is left or Enter is pressed, never a prefix
 * typed on the way ("500.000.000.000" on the way to a figure that is then refused); the form, and
 * what is computed from it, still follows every keystroke.
 */
export function NumberField<T extends FieldValues>(props: FieldProps<T> & { kind?: WholeNumberKind }) {
  const { t } = useTranslation();
  const { field, common } = useBoundField(props);
  const { separators, count, rupiah } = useFormatters();
  const kind = props.kind ?? 'count';
  const decimal = separators.decimal === '.' ? '.' : ',';
  const shown = (v: number) => (kind === 'rupiah' ? rupiah(v) : kind === 'year' ? String(v) : count(v));
  // The text as typed, with the value it was read as. It is shown only while the form still
  // holds that value: a load or an undo puts the stored figure back in view.
  const [draft, setDraft] = useState<{ text: string; value: unknown } | null>(null);
  const typed = draft !== null && Object.is(draft.value, field.value) ? draft.text : null;
  const reading = typed === null ? null : parseWholeNumber(typed, kind, decimal);
  const [focused, setFocused] = useState(false);
  const [settled, setSettled] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (text: string) => {
    const next = parseWholeNumber(text, kind, decimal);
    // Text that cannot be read goes to the form as text: its rules refuse it (keeping it out of
    // the store), and unlike NaN, which JSON writes as null, it never passes for an empty field.
    const value = next.ok ? next.value : text;
    setDraft({ text, value });
    setSettled(false);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSettled(true), PROBLEM_DELAY_MS);
    field.onChange(value);
  };
  const leave = () => {
    setFocused(false);
    setSettled(true);
    if (reading?.ok) setDraft(null);
    field.onBlur();
  };

  const value = typeof field.value === 'number' && Number.isFinite(field.value) ? shown(field.value) : '';
  const problem = reading && !reading.ok ? reading.problem : null;
  const error = problem ? (settled || !focused) && t(problem) : common.error;
  // "2,5 M" read back as "Rp 2.500.000.000" while typing, so a scale word is never misread unseen.
  const readBack =
    focused && reading?.ok && reading.value !== null && ![shown(reading.value), String(reading.value)].includes(typed?.trim() ?? '')
      ? t('common.readAs', { value: shown(reading.value) })
      : undefined;

  return (
    <TextInput
      {...common}
      value={typed ?? value}
      onChange={(e) => change(e.currentTarget.value)}
      onFocus={() => setFocused(true)}
      onBlur={leave}
      {...confirmedInputProps}
      error={error || undefined}
      description={readBack}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      autoComplete="off"
    />
  );
}
