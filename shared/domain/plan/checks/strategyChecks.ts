import type { PlanCheck } from '../checks';
import type { PlanContext, PlanDoc } from '../types';
import { clip, makeCheck } from './makeCheck';

/**
 * The 3-year plan's checks: per strategy in plan order, a TOWS link whose strategy was deleted and
 * no program serving it; then the TOWS strategies of the cluster nothing in the plan cites (info).
 */
export function strategyChecks(doc: Pick<PlanDoc, 'strategies' | 'programs'>, context: Pick<PlanContext, 'towsStrategies'>): PlanCheck[] {
  const served = new Set(doc.programs.map((p) => p.strategyId));
  const cited = new Set<string>();
  for (const s of doc.strategies) if (s.towsStrategyId !== null) cited.add(s.towsStrategyId);
  for (const p of doc.programs) for (const l of p.links) if (l.kind === 'towsStrategy') cited.add(l.targetId);
  const checks: PlanCheck[] = [];
  doc.strategies.forEach((s, i) => {
    const strategy = clip(s.text);
    if (s.tows?.deleted) checks.push(makeCheck('linkDeleted', { owner: strategy, code: s.tows.code }, { section: 'strategy', id: s.id, field: 'tows' }));
    if (!served.has(s.id)) checks.push(makeCheck('strategyWithoutProgram', { number: i + 1, strategy }, { section: 'strategy', id: s.id, field: null }));
  });
  for (const t of context.towsStrategies)
    if (!cited.has(t.id))
      checks.push(makeCheck('towsWithoutProgram', { code: t.code, strategy: clip(t.text) }, { section: 'strategy', id: null, field: `tows.${t.id}` }, 'info'));
  return checks;
}
