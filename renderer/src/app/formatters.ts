import { useTranslation } from 'react-i18next';
import { formatCount, formatRupiah } from '../../../shared/domain/clusters/formatRupiah';
import type { Language } from '../../../shared/contract/app';
import { localeOf } from '../../../shared/contract/app';

/** Number, Rupiah and date formatting in the language the user chose. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = localeOf[(i18n.language as Language) ?? 'id'] ?? 'id-ID';
  return {
    locale,
    rupiah: (n: number | null) => (n === null ? '—' : formatRupiah(n, locale)),
    count: (n: number | null) => (n === null ? '—' : formatCount(n, locale)),
    dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    /** Separators for number inputs, so "1.500.000" types naturally in Bahasa Indonesia. */
    separators: locale === 'id-ID' ? { thousand: '.', decimal: ',' } : { thousand: ',', decimal: '.' },
  };
}
