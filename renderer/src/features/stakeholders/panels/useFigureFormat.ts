import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, type Language } from '../../../../../shared/contract/app';

/** A missing figure (undefined for this map) reads as a dash, never as 0. */
export const MISSING = '—';

/**
 * The map's figures in the user's language: counts, decimals and shares (percent with one
 * decimal, "12,5%" in Bahasa Indonesia). Signed indices show their sign, so −0,40 and +0,40 read apart.
 */
export function useFigureFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf[i18n.language as Language] ?? 'id-ID';
  return useMemo(() => figureFormat(locale), [locale]);
}

/** The formatters of {@link useFigureFormat} for one locale (BCP 47, e.g. `id-ID`). */
export function figureFormat(locale: string) {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tenth = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const share = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const fixed = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const two = fixed(2);
  const three = fixed(3);
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const orMissing = (f: (n: number) => string) => (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? MISSING : f(n));
  return {
    locale,
    count: orMissing((n) => count.format(n)),
    /** Up to one decimal: broker pair counts, where a pair split between two routes adds a half. */
    tenths: orMissing((n) => tenth.format(n)),
    share: orMissing((n) => share.format(n)),
    /** Two decimals: densities, average trust. */
    decimal: orMissing((n) => two.format(n)),
    /** Three decimals: centralities, which are often small. */
    fine: orMissing((n) => three.format(n)),
    signed: orMissing((n) => signed.format(n)),
  };
}
