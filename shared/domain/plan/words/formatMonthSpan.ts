import { monthAbbreviations, monthNames, type PlanLang } from './monthNames';

function parts(month: string): { year: string; index: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const index = m ? Number(m[2]) - 1 : -1;
  if (!m || index < 0 || index > 11) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return { year: m[1]!, index };
}

/** One month as tables print it: "Mei 2027" / "May 2027". */
export function formatMonth(month: string, lang: PlanLang): string {
  const p = parts(month);
  return `${monthAbbreviations[lang][p.index]!} ${p.year}`;
}

/**
 * The months an activity or a program spans, as tables and the print document show them:
 * "Feb–Mei 2027" within one year, "Nov 2027 – Feb 2028" across years, "Mei 2027" for one month.
 * Months are `YYYY-MM`; an end before the start is written as given (the checks flag it, not this).
 */
export function formatMonthSpan(start: string, end: string, lang: PlanLang): string {
  const a = parts(start);
  const b = parts(end);
  const names = monthAbbreviations[lang];
  if (a.year === b.year && a.index === b.index) return formatMonth(start, lang);
  if (a.year === b.year) return `${names[a.index]!}–${names[b.index]!} ${a.year}`;
  return `${formatMonth(start, lang)} – ${formatMonth(end, lang)}`;
}

/** A calendar date `YYYY-MM-DD` in words, as the place-and-date line has it: "28 November 2026". */
export function formatLongDate(date: string, lang: PlanLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const { year, index } = parts(`${m[1]!}-${m[2]!}`);
  return `${Number(m[3])} ${monthNames[lang][index]!} ${year}`;
}
