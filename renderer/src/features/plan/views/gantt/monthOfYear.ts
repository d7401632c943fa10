/**
 * Where a `YYYY-MM` month falls in the plan year, 1–12, clipped to the year's edge on the side
 * it is read from (an activity's start before January reads as January, its end after December
 * as December); null when the month lies wholly on the other side, so nothing shows that year.
 */
export function monthOfYear(month: string, year: number, side: 'start' | 'end'): number | null {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (y === year) return m;
  if (side === 'start') return y < year ? 1 : null;
  return y > year ? 12 : null;
}
