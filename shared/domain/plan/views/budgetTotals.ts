import { planAreas, type PlanArea } from '../codes';
import type { BudgetTotals } from './planRows';
import { sourceOrderOf } from './programSums';

/**
 * What the totals read: the plan's programs (or the editor's unsaved form values, which have the
 * same fields) and its funding source list.
 */
export interface BudgetTotalsInput {
  programs: readonly { id: string; name: string; area: PlanArea | null; budget: readonly { amount: number; sourceId: string }[] }[];
  funding: readonly { id: string }[];
}

/**
 * Every budget total of the plan in one pass over its lines, so an edit can recompute them all on
 * each keystroke: the whole, by funding source (the list's order; a source no line uses is left out,
 * one since deleted from the list follows), by program (every program), by determinant (areas in
 * their fixed order, then programs with no area), and the program × source cross-table (only
 * pairs that have lines; read a missing cell as 0). Shares are each amount over the total, so they
 * sum to 1, or are all 0 when the total is 0. Sums are exact up to 2^53 Rupiah.
 */
export function budgetTotals(doc: BudgetTotalsInput): BudgetTotals {
  const order = sourceOrderOf(doc.funding);
  const bySource = new Map<string, number>();
  const byArea = new Map<PlanArea | null, number>();
  const cells: Record<string, Record<string, number>> = {};
  const programAmounts: number[] = [];
  let total = 0;
  for (const p of doc.programs) {
    const row: Record<string, number> = {};
    let amount = 0;
    for (const line of p.budget) {
      amount += line.amount;
      row[line.sourceId] = (row[line.sourceId] ?? 0) + line.amount;
      bySource.set(line.sourceId, (bySource.get(line.sourceId) ?? 0) + line.amount);
    }
    cells[p.id] = row;
    programAmounts.push(amount);
    byArea.set(p.area, (byArea.get(p.area) ?? 0) + amount);
    total += amount;
  }
  const share = (amount: number) => (total === 0 ? 0 : amount / total);
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const areaRank = (a: PlanArea | null) => (a === null ? planAreas.length : planAreas.indexOf(a));
  return {
    total,
    bySource: [...bySource].sort((a, b) => rank(a[0]) - rank(b[0])).map(([sourceId, amount]) => ({ sourceId, amount, share: share(amount) })),
    byProgram: doc.programs.map((p, i) => ({ programId: p.id, number: i + 1, name: p.name, amount: programAmounts[i]!, share: share(programAmounts[i]!) })),
    byArea: [...byArea].sort((a, b) => areaRank(a[0]) - areaRank(b[0])).map(([area, amount]) => ({ area, amount, share: share(amount) })),
    cells,
  };
}
