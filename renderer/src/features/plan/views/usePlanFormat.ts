import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, type Language } from '../../../../../shared/contract/app';
import { formatCount, formatRupiah } from '../../../../../shared/domain/clusters/formatRupiah';
import { formatMonthSpan, monthAbbreviations } from '../../../../../shared/domain/plan';
import type { ActorRef, FundingSource } from '../../../../../shared/domain/plan/types';

/**
 * How every plan view words what it shows: Rupiah in the user's language (the app's own
 * formatter), month spans ("Feb–Mei 2027"), funding sources by the name the facilitator gave or
 * the catalog's, and actors with a mark when they were deleted from the map.
 */
export function usePlanFormat(funding: readonly FundingSource[]) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'id';
  return useMemo(() => {
    const locale = localeOf[lang];
    const sources = new Map(funding.map((s) => [s.id, s.name || (s.key ? t(`plan.codes.funding.${s.key}`) : s.id)]));
    // The locale's own percent ("12,0%", "12.0%"), always one decimal so a column of shares lines up.
    const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return {
      lang,
      locale,
      rupiah: (n: number) => formatRupiah(n, locale),
      /** A row's amount, "–" where it has none (as the printed plan shows it); totals keep "Rp 0". */
      rowAmount: (n: number) => (n === 0 ? '–' : formatRupiah(n, locale)),
      count: (n: number) => formatCount(n, locale),
      span: (start: string | null, end: string | null) => (start && end ? formatMonthSpan(start, end, lang) : '—'),
      /** A month of the year (1–12) by its short name, for the Gantt's columns. */
      month: (m: number) => monthAbbreviations[lang][m - 1] ?? String(m),
      source: (id: string) => sources.get(id) ?? id,
      actor: (ref: ActorRef | null) => (ref ? (ref.deleted ? t('planViews.common.deletedName', { name: ref.name }) : ref.name) : '—'),
      percent: (share: number) => percent.format(share),
    };
  }, [funding, t, lang]);
}

export type PlanFormat = ReturnType<typeof usePlanFormat>;
