import { monthIndex, monthSpan, outsideYear } from './months';
import type { GanttRow, PlanDoc } from './planRows';

/** A bar for months `start`–`end` within `year`: months 1–12 after clipping, null when wholly outside. */
function bar(span: { start: string; end: string } | null, year: number): Pick<GanttRow, 'from' | 'to' | 'before' | 'after' | 'start' | 'end'> {
  if (span === null) return { from: null, to: null, before: false, after: false, start: null, end: null };
  const january = year * 12;
  const from = Math.max(monthIndex(span.start), january) - january + 1;
  const to = Math.min(monthIndex(span.end), january + 11) - january + 1;
  const inside = from <= to;
  return { from: inside ? from : null, to: inside ? to : null, ...outsideYear(span, year), start: span.start, end: span.end };
}

/** Whether a row's bar covers month `m` of the plan year (1–12): where the Gantt shades it. */
export const barCovers = (row: Pick<GanttRow, 'from' | 'to'>, m: number): boolean => row.from !== null && row.to !== null && m >= row.from && m <= row.to;

/**
 * The Gantt of the plan year (`header.year`): per program a summary bar over its activities, then
 * a bar per activity. Bars are clipped to January–December and say which side they ran over, so
 * an activity from November to February shows Jan–Feb with an arrow before, or Nov–Dec with one after.
 */
export function ganttRows(doc: Pick<PlanDoc, 'header' | 'programs'>): GanttRow[] {
  const { year } = doc.header;
  return doc.programs.flatMap((p, i) => [
    { programId: p.id, activityId: null, level: 'program' as const, number: String(i + 1), name: p.name, ...bar(monthSpan(p.activities), year) },
    ...p.activities.map((a, j) => ({
      programId: p.id,
      activityId: a.id,
      level: 'activity' as const,
      number: `${i + 1}.${j + 1}`,
      name: a.name,
      ...bar(a, year),
    })),
  ]);
}
