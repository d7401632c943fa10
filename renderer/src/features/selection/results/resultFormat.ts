import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, type Language } from '../../../../../shared/contract/app';

/** A figure that does not exist (nobody scored it) reads as a dash, never as 0. */
export const MISSING = '—';

/**
 * The figures of the results in one locale (BCP 47): percentages to one decimal as Table 3.1
 * prints them ("45,6" in Bahasa Indonesia), points as scored (a mean may have decimals), and
 * weight factors ("×1,8").
 */
export function resultFormat(locale: string) {
  const tenth = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const factor = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const orMissing = (f: (n: number) => string) => (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? MISSING : f(n));
  return {
    locale,
    percent: orMissing((n) => tenth.format(n)),
    points: orMissing((n) => points.format(n)),
    /** A weight multiplier; at least one decimal would hide that ×1 is "as the rubric says". */
    factor: orMissing((n) => `×${factor.format(n)}`),
    count: orMissing((n) => count.format(n)),
    /** A correlation coefficient (Spearman's ρ), always two decimals. */
    coefficient: orMissing((n) => n.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
  };
}

export type ResultFormat = ReturnType<typeof resultFormat>;

/** {@link resultFormat} in the language the user chose. */
export function useResultFormat(): ResultFormat {
  const { i18n } = useTranslation();
  const locale = localeOf[i18n.language as Language] ?? 'id-ID';
  return useMemo(() => resultFormat(locale), [locale]);
}
