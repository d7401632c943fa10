import { safeText } from '../../../../../shared/domain/plan/safeText';

/** A run of letters longer than any real word (a name pasted without its spaces). */
const OVERLONG = /\S{40,}/gu;

/**
 * An overlong run with a break opportunity (a zero-width space) every 10 characters,
 * about a long word's width. A table
 * column is never narrower than its longest unbreakable run, so one 300-letter word would widen
 * its column past the page; `overflow-wrap: anywhere` would instead let the browser squeeze every
 * other column below its ordinary words ("Pembagia-n"). Only runs no language has get the breaks.
 */
function breakable(text: string): string {
  return text.replace(OVERLONG, (run) => run.replace(/(.{10})(?=.)/gu, '$1\u200B'));
}

/**
 * A plan (or any part of it) as a screen shows it: every text with its bidi controls made visible
 * ("[U+202E]"), so a name cannot disguise itself as another ("Sosialisasi U+202E lanif" shown as
 * "final"), and overlong runs given places to break (`breakable`). Ids, codes, months and dates
 * never hold such characters or runs, so mapping every string is safe; forms keep the stored
 * text, this is for display only.
 */
export function displayed<T>(value: T): T {
  if (typeof value === 'string') return breakable(safeText(value)) as T;
  if (Array.isArray(value)) return value.map(displayed) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, displayed(v)])) as T;
  }
  return value;
}
