import { formatCount, formatRupiah } from '../../../../shared/domain/clusters/formatRupiah';
import { amountInWords } from '../../../../shared/domain/plan/words/amountInWords';
import { formatLongDate, formatMonthSpan } from '../../../../shared/domain/plan/words/formatMonthSpan';
import { catalogText } from '../../stakeholders/io/catalogText';

/** The language tools a printed document is written with. */
export interface PrintWords {
  lang: 'id' | 'en';
  locale: string;
  /** A catalog text in this language, `{{name}}` filled in. */
  t: (key: string, params?: Record<string, string | number>) => string;
  /** A `YYYY-MM-DD` day as "28 November 2026" — Indonesian month names in id, English in en. */
  date: (day: string) => string;
  /** "Feb–Mei 2027", "Nov 2027 – Feb 2028". */
  months: (start: string, end: string) => string;
  /** "Rp 1.250.000" (id) or "Rp 1,250,000" (en). */
  rupiah: (amount: number) => string;
  /** A row's amount: "–" where it has none, since "Rp 0" on an activity reads as a mistake. Totals use {@link rupiah}. */
  rowAmount: (amount: number) => string;
  /** 1.250 (id) or 1,250 (en). */
  count: (value: number) => string;
  /** The amount spelled out, ending in "rupiah". */
  amountInWords: (amount: number) => string;
}

/** The locale a printed document formats numbers in. */
export const printLocales = { id: 'id-ID', en: 'en-GB' } as const;

/** The words, numbers and dates of a document in one language. */
export function printWords(lang: 'id' | 'en'): PrintWords {
  const locale = printLocales[lang];
  return {
    lang,
    locale,
    t: (key, params) => catalogText(lang, key, params),
    date: (day) => formatLongDate(day, lang),
    months: (start, end) => formatMonthSpan(start, end, lang),
    rupiah: (amount) => formatRupiah(amount, locale),
    rowAmount: (amount) => (amount === 0 ? '–' : formatRupiah(amount, locale)),
    count: (value) => formatCount(value, locale),
    amountInWords: (amount) => amountInWords(amount, lang),
  };
}
