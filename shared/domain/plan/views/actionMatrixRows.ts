import { monthSpan } from './months';
import type { ActionMatrixRow, PlanDoc } from './planRows';
import { leadOf, orderedSources, sourceOrderOf } from './programSums';
import { activityIndicators, programIndicators } from './rowIndicators';

/**
 * The Matriks Rencana Aksi: per program a program row (its indicators, the whole budget by source,
 * the lead agency, first to last month), then a row per activity (kegiatan) with its output as
 * indicator and the lines tied to it. Lines tied to no activity, or to one since deleted, count on
 * the program row only, so the activity rows may add up to less than the program row.
 */
export function actionMatrixRows(doc: Pick<PlanDoc, 'programs' | 'funding'>): ActionMatrixRow[] {
  const order = sourceOrderOf(doc.funding);
  const rows: ActionMatrixRow[] = [];
  doc.programs.forEach((p, i) => {
    const lead = leadOf(p);
    const span = monthSpan(p.activities);
    // One pass over the lines: amounts per activity (null: the program's own) and source.
    const whole = new Map<string, number>();
    const byActivity = new Map<string | null, Map<string, number>>();
    for (const l of p.budget) {
      whole.set(l.sourceId, (whole.get(l.sourceId) ?? 0) + l.amount);
      let sums = byActivity.get(l.activityId);
      if (sums === undefined) byActivity.set(l.activityId, (sums = new Map<string, number>()));
      sums.set(l.sourceId, (sums.get(l.sourceId) ?? 0) + l.amount);
    }
    const program = orderedSources(whole, order);
    rows.push({
      level: 'program',
      programId: p.id,
      activityId: null,
      number: String(i + 1),
      name: p.name,
      indicators: programIndicators(p.indicators),
      location: p.location,
      budget: program.total,
      sources: program.sources,
      lead,
      start: span?.start ?? null,
      end: span?.end ?? null,
    });
    p.activities.forEach((a, j) => {
      const own = orderedSources(byActivity.get(a.id) ?? new Map<string, number>(), order);
      rows.push({
        level: 'activity',
        programId: p.id,
        activityId: a.id,
        number: `${i + 1}.${j + 1}`,
        name: a.name,
        indicators: activityIndicators(a),
        location: p.location,
        budget: own.total,
        sources: own.sources,
        lead,
        start: a.start,
        end: a.end,
      });
    });
  });
  return rows;
}
