import { NumberInput } from '@mantine/core';
import { useFormatters } from '../../../app/formatters';
import type { DraftNumber } from './rubricDraft';

/**
 * A number of a rubric as typed: whole points (`whole`) or a weight with decimals, written with
 * the language's decimal separator ("1,8" in Bahasa Indonesia). Empty stays empty, never 0.
 */
export function DraftNumberInput({
  value,
  onChange,
  label,
  error,
  whole,
  testId,
  labelHidden,
}: {
  value: DraftNumber;
  onChange: (v: DraftNumber) => void;
  label: string;
  error?: string;
  whole?: boolean;
  testId: string;
  labelHidden?: boolean;
}) {
  const { separators } = useFormatters();
  return (
    <NumberInput
      label={labelHidden ? undefined : label}
      aria-label={label}
      value={value}
      onChange={(v) => onChange(typeof v === 'number' && Number.isFinite(v) ? v : '')}
      error={error}
      allowDecimal={!whole}
      decimalSeparator={separators.decimal}
      allowNegative={false}
      hideControls
      w={90}
      data-testid={testId}
    />
  );
}
