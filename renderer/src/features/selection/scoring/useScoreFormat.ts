import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, type Language } from '../../../../../shared/contract/app';

/** Scores as the user's language writes them: "7,5" in Bahasa Indonesia, "7.5" in English. */
export function scoreFormat(locale: string) {
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  const decimal: ',' | '.' = locale === 'id-ID' ? ',' : '.';
  const spread = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    locale,
    /** The decimal mark a typed score is read with (either mark is accepted; this breaks a tie). */
    decimal,
    /** As typed: no thousands mark, up to two decimals (a mean of three scores). */
    plain: (n: number) => plain.format(n),
    /** A spread relative to the criterion's maximum, "40 %". */
    share: (n: number) => spread.format(n),
    dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso)),
  };
}

/** {@link scoreFormat} in the language the user chose. */
export function useScoreFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf[i18n.language as Language] ?? 'id-ID';
  return useMemo(() => scoreFormat(locale), [locale]);
}
