import type { PlanCheck } from '../checks';
import type { Program } from '../types';
import { outsideYear } from '../views/months';
import { leadOf, programTotal } from '../views/programSums';
import { clip, makeCheck } from './makeCheck';

/**
 * One program's checks in the editor's order: deleted WHY links, the lead (none, or the lead
 * checks found across the plan), activities (none, or each one outside the plan year), budget.
 */
export function programChecks(p: Program, year: number, leadFindings: readonly PlanCheck[]): PlanCheck[] {
  const program = clip(p.name);
  const at = (field: string) => ({ section: 'program' as const, id: p.id, field });
  const checks: PlanCheck[] = [];
  for (const l of p.links) if (l.deleted) checks.push(makeCheck('linkDeleted', { owner: program, code: l.code }, at(`links.${l.targetId}`)));
  if (leadOf(p) === null) checks.push(makeCheck('noLead', { program }, at('lead')));
  checks.push(...leadFindings);
  if (p.activities.length === 0) checks.push(makeCheck('noActivities', { program }, at('activities')));
  for (const a of p.activities) {
    const out = outsideYear(a, year);
    if (out.before || out.after)
      checks.push(
        makeCheck(
          'activityOutsideYear',
          { program, activity: clip(a.name), start: a.start, end: a.end, months: `${a.start} – ${a.end}`, year },
          at(`activities.${a.id}`),
        ),
      );
  }
  if (programTotal(p.budget) === 0) checks.push(makeCheck('noBudget', { program }, at('budget')));
  return checks;
}
