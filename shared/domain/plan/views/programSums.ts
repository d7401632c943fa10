import type { ActorRef, BudgetLine, Program } from '../types';

/** A program's whole budget in Rupiah. */
export function programTotal(budget: readonly Pick<BudgetLine, 'amount'>[]): number {
  let sum = 0;
  for (const line of budget) sum += line.amount;
  return sum;
}

/** The budget tied to each activity of a program (lines tied to no activity are left out). */
export function activityTotals(budget: readonly Pick<BudgetLine, 'amount' | 'activityId'>[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of budget) if (line.activityId !== null) totals.set(line.activityId, (totals.get(line.activityId) ?? 0) + line.amount);
  return totals;
}

/**
 * Amounts per funding source of some budget lines, in the order of the plan's source list; a line
 * whose source is no longer on the list (deleted since) follows, in the order lines name it.
 */
export function sourceAmounts(
  lines: readonly Pick<BudgetLine, 'amount' | 'sourceId'>[],
  sourceOrder: ReadonlyMap<string, number>,
): { sourceId: string; amount: number }[] {
  const sums = new Map<string, number>();
  for (const line of lines) sums.set(line.sourceId, (sums.get(line.sourceId) ?? 0) + line.amount);
  return orderedSources(sums, sourceOrder).sources;
}

/** Amounts already summed per source, in the list's order (unknown sources last, as met), with their total. */
export function orderedSources(
  sums: ReadonlyMap<string, number>,
  sourceOrder: ReadonlyMap<string, number>,
): { total: number; sources: { sourceId: string; amount: number }[] } {
  const rank = (id: string) => sourceOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  let total = 0;
  const sources: { sourceId: string; amount: number }[] = [];
  for (const [sourceId, amount] of sums) {
    total += amount;
    sources.push({ sourceId, amount });
  }
  // A stable sort keeps unknown sources in the order they were first met.
  return { total, sources: sources.sort((a, b) => rank(a.sourceId) - rank(b.sourceId)) };
}

/** Each funding source id's place in the plan's list. */
export function sourceOrderOf(funding: readonly { id: string }[]): Map<string, number> {
  return new Map(funding.map((s, i) => [s.id, i]));
}

/** A participant or lead as a plain reference (without the row id the editor keys it by). */
export function actorRef(a: ActorRef): ActorRef {
  return { actorId: a.actorId, name: a.name, deleted: a.deleted };
}

/** A program's lead, or null when it has none yet (no actor picked and no name typed). */
export function leadOf(p: Pick<Program, 'lead'>): ActorRef | null {
  return p.lead !== null && (p.lead.actorId !== null || p.lead.name.trim() !== '') ? actorRef(p.lead) : null;
}
