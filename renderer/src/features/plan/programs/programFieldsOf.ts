import { AMOUNT_MAX } from '../../../../../shared/domain/plan/codes';
import type { ProgramInput } from '../../../../../shared/domain/plan/schemas';
import type { Program } from '../../../../../shared/domain/plan/types';

/**
 * A program of the plan view as the editor's form holds it and `plan.programs.save` takes it:
 * links and participants back to their stored fields (the view adds codes, texts, deleted marks).
 */
export function programFieldsOf(p: Program): ProgramInput {
  return {
    id: p.id,
    name: p.name,
    objective: p.objective,
    content: p.content,
    why: p.why,
    links: p.links.map((l) => ({ kind: l.kind, targetId: l.targetId })),
    leadActorId: p.leadActorId,
    leadName: p.leadName,
    participants: p.participants.map((x) => ({ id: x.id, actorId: x.actorId, name: x.name })),
    activities: p.activities.map(({ id, name, start, end, output }) => ({ id, name, start, end, output })),
    beneficiaries: p.beneficiaries,
    location: p.location,
    indicators: p.indicators.map(({ id, name, target, means }) => ({ id, name, target, means })),
    budget: p.budget.map(({ id, item, amount, sourceId, activityId, note }) => ({ id, item, amount, sourceId, activityId, note })),
    status: p.status,
    strategyId: p.strategyId,
    area: p.area,
    assumptions: p.assumptions,
    templateKey: p.templateKey,
  };
}

/** Whether an amount in the form is a figure the store could hold (not text still being typed, or refused). */
function readable(amount: unknown): amount is number {
  return typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0 && amount <= AMOUNT_MAX;
}

/**
 * A budget line's amount as a total counts it while the form is typed in: the figure the field
 * accepts, or — while the field shows an error — what is stored for the line (bad input never
 * reaches the store, so a total must not count it either); a new line not yet readable counts nothing.
 */
export function countedAmount(amount: unknown, stored: Program['budget'], lineId: string): number {
  if (readable(amount)) return amount;
  return stored.find((l) => l.id === lineId)?.amount ?? 0;
}

/**
 * The program as the list shows it while its form is being typed in: the form's own values over
 * the stored program, amounts not yet readable counted as zero — so every total follows each
 * keystroke, before any save.
 */
export function withLiveValues(stored: Program, live: ProgramInput): Program {
  return {
    ...stored,
    name: live.name,
    status: live.status,
    area: live.area,
    leadName: live.leadName,
    leadActorId: live.leadActorId,
    lead: live.leadName.trim()
      ? { actorId: live.leadActorId, name: live.leadName, deleted: stored.lead?.deleted === true && stored.lead.actorId === live.leadActorId }
      : null,
    activities: live.activities,
    budget: live.budget.map((l) => ({ ...l, amount: countedAmount(l.amount, stored.budget, l.id) })),
  };
}
