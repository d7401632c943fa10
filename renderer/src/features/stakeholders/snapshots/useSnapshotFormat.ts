import { useFormatters } from '../../../app/formatters';

/** Numbers and days as the chosen language writes them, for the snapshots screen. */
export function useSnapshotFormat() {
  const { locale, count } = useFormatters();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    count,
    /** A figure with up to `digits` decimals; an em dash where it is undefined. */
    figure: (n: number | null, digits = 2) => (n === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n)),
    /** After minus before, with its sign; an em dash where either side is undefined. */
    change: (before: number | null, after: number | null, digits = 2) =>
      before === null || after === null
        ? '—'
        : new Intl.NumberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(round(after - before)),
    /** A `YYYY-MM-DD` calendar day, e.g. "28 Nov 2026". */
    day: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)),
  };
}

// Differences of figures: 0.30000000000000004 − 0.1 must read as +0.2, and 1e-17 as 0.
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
