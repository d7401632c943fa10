import type { StrategyIndicator } from '../schemas';
import type { PlanLang } from '../words/monthNames';
import type { OperationRow, PdmRow, PlanDoc } from './planRows';
import { activityTotals, leadOf } from './programSums';
import { activityIndicators, programIndicators } from './rowIndicators';

/**
 * A 3-year indicator's target as the PDM states it: the last year given, with its unit and year
 * ("40 unit (2029)"); empty when no year has a target.
 */
function strategyTarget(indicator: StrategyIndicator, mediumStart: number, lang: PlanLang): string {
  const last = indicator.targets.findLastIndex((t) => t !== null);
  if (last < 0) return '';
  const value = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 }).format(indicator.targets[last]!);
  return `${[value, indicator.unit.trim()].filter(Boolean).join(' ')} (${mediumStart + last})`;
}

/**
 * JICA's Project Design Matrix, top to bottom: the overall goal, the project purpose, one output
 * per program and its activities.
 * - Goal: `header.goal`; its indicators are the vision's long-term targets (what the cluster
 *   should reach by the vision year).
 * - Purpose: `header.purpose`; its indicators are the 3-year strategies' indicators with their
 *   last target, since the purpose is what the medium plan sets out to achieve; the header's
 *   important assumptions stand here (what must hold for the purpose to serve the goal).
 * - Output: a program's objective (its name when no objective is written), its indicators and
 *   their means of verification, its own assumptions.
 * - Activity: its name, and its output as indicator when one is written.
 * `lang` words the numbers of the 3-year targets (2,5 in Indonesian, 2.5 in English).
 */
export function pdmRows(doc: Pick<PlanDoc, 'header' | 'strategies' | 'programs'>, lang: PlanLang = 'id'): PdmRow[] {
  const { header } = doc;
  const rows: PdmRow[] = [
    {
      level: 'goal',
      programId: null,
      activityId: null,
      number: '',
      summary: header.goal,
      indicators: header.targets.map((t) => ({ name: t.text, target: t.target })),
      means: [],
      assumptions: '',
    },
    {
      level: 'purpose',
      programId: null,
      activityId: null,
      number: '',
      summary: header.purpose,
      indicators: doc.strategies.flatMap((s) => s.indicators.map((x) => ({ name: x.name, target: strategyTarget(x, header.mediumStart, lang) }))),
      means: [],
      assumptions: header.assumptions,
    },
  ];
  doc.programs.forEach((p, i) => {
    rows.push({
      level: 'output',
      programId: p.id,
      activityId: null,
      number: String(i + 1),
      summary: p.objective.trim() === '' ? p.name : p.objective,
      indicators: programIndicators(p.indicators),
      means: p.indicators.map((x) => x.means).filter((m) => m.trim() !== ''),
      assumptions: p.assumptions,
    });
    p.activities.forEach((a, j) =>
      rows.push({
        level: 'activity',
        programId: p.id,
        activityId: a.id,
        number: `${i + 1}.${j + 1}`,
        summary: a.name,
        indicators: activityIndicators(a),
        means: [],
        assumptions: '',
      }),
    );
  });
  return rows;
}

/** The PDM's plan of operation: every activity in plan order with its months, its program's lead and its budget. */
export function operationRows(doc: Pick<PlanDoc, 'programs'>): OperationRow[] {
  return doc.programs.flatMap((p, i) => {
    const lead = leadOf(p);
    const budgets = activityTotals(p.budget);
    return p.activities.map((a, j) => ({
      programId: p.id,
      activityId: a.id,
      number: `${i + 1}.${j + 1}`,
      name: a.name,
      start: a.start,
      end: a.end,
      lead,
      budget: budgets.get(a.id) ?? 0,
    }));
  });
}
