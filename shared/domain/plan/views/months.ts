/** A `YYYY-MM` month as a count of months since year 0, so months compare and subtract as numbers. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The first and last month of a set of activities, or null when there are none. */
export function monthSpan(activities: readonly { start: string; end: string }[]): { start: string; end: string } | null {
  if (activities.length === 0) return null;
  // `YYYY-MM` strings sort as the months they name.
  let start = activities[0]!.start;
  let end = activities[0]!.end;
  for (const a of activities) {
    if (a.start < start) start = a.start;
    if (a.end > end) end = a.end;
  }
  return { start, end };
}

/** Whether a month span runs outside the plan year, before its January or after its December. */
export function outsideYear(span: { start: string; end: string }, year: number): { before: boolean; after: boolean } {
  return { before: span.start < `${year}-01`, after: span.end > `${year}-12` };
}
