/** Ascending or descending. */
export type SortDirection = 'asc' | 'desc';

/** A sort key as a list keeps it for the session: column and direction, e.g. "workers:desc". */
export interface SortOrder<K extends string> {
  column: K;
  direction: SortDirection;
}

/** Reads "column:direction" back; anything else (an old or edited value) is no sort at all. */
export function parseSortOrder<K extends string>(text: string, columns: readonly K[]): SortOrder<K> | null {
  const [column, direction, ...rest] = text.split(':');
  if (rest.length > 0 || !columns.includes(column as K) || (direction !== 'asc' && direction !== 'desc')) return null;
  return { column: column as K, direction };
}

/**
 * Sorts rows by one value each, in either direction, with missing values (null, empty text)
 * always last: a column sorted by size shows the clusters that have figures first, both ways.
 * Text compares by the given locale, ignoring case and accents; ties keep their order.
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => string | number | null, direction: SortDirection, locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  const missing = (v: string | number | null) => v === null || v === '';
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (missing(a.key) || missing(b.key)) return Number(missing(a.key)) - Number(missing(b.key)) || a.index - b.index;
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return sign * order || a.index - b.index;
    })
    .map((entry) => entry.row);
}
