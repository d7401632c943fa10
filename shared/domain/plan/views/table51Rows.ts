import { monthSpan } from './months';
import type { PlanDoc, Table51Row } from './planRows';
import { actorRef, leadOf, programTotal } from './programSums';

/** JICA Table 5.1: each program in plan order with its WHY, WHO, WHAT, months and budget. */
export function table51Rows(doc: Pick<PlanDoc, 'programs'>): Table51Row[] {
  return doc.programs.map((p, i) => ({
    programId: p.id,
    number: i + 1,
    name: p.name,
    objective: p.objective,
    why: p.why,
    whyRefs: p.links,
    lead: leadOf(p),
    participants: p.participants.map(actorRef),
    activities: p.activities.map((a) => ({ id: a.id, name: a.name, start: a.start, end: a.end })),
    span: monthSpan(p.activities),
    beneficiaries: p.beneficiaries,
    location: p.location,
    budget: programTotal(p.budget),
  }));
}
