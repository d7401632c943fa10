import { describe, expect, it } from 'vitest';
import { checkPlan, planCheckCodes } from '../../../shared/domain/plan/checks';
import type { PlanContext } from '../../../shared/domain/plan/types';
import en from '../../../shared/i18n/planChecks.en.json';
import id from '../../../shared/i18n/planChecks.id.json';
import { activity, actor, plan, program, strategy } from './planFixture';

/** A plan that trips every check once or more. */
const context: PlanContext = {
  actors: [{ id: 'a1', name: 'Bank BPD', kind: 'bank', ties: 0 }],
  swotItems: [],
  towsStrategies: [{ id: 't1', code: 'SO1', kind: 'SO', text: 'Ekspor' }],
};
const deleted = { kind: 'towsStrategy' as const, targetId: 't9', code: 'WT1', text: '', deleted: true };
const doc = plan({
  header: { year: 2027, leadLoadMax: 1 },
  strategies: [strategy('s1', { towsStrategyId: 't9', tows: deleted })],
  programs: [
    program('p1', { activities: [activity('a', '2028-01', '2028-02')], links: [deleted] }),
    program('p2', { lead: actor('a1', 'Bank BPD') }),
    program('p3', { lead: actor('a1', 'Bank BPD') }),
    program('p4', { lead: actor('a7', 'UPT', true) }),
    program('p5', { lead: actor('a8', 'Universitas') }),
  ],
});

describe('the planChecks catalog', () => {
  const checks = checkPlan(doc, context);

  it('has a text for every check in both languages, and the sample trips every check', () => {
    expect(new Set(checks.map((c) => c.code))).toEqual(new Set(planCheckCodes));
    expect(Object.keys(id.planChecks).sort()).toEqual([...planCheckCodes].sort());
    expect(Object.keys(en.planChecks).sort()).toEqual([...planCheckCodes].sort());
  });

  it('words each text only with params its check gives', () => {
    const texts: Record<string, Record<string, string>> = { id: id.planChecks, en: en.planChecks };
    for (const c of checks)
      for (const lang of ['id', 'en']) {
        const used = [...texts[lang]![c.code]!.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
        expect(
          used.filter((v) => !(v in c.params)),
          `${lang} ${c.code}`,
        ).toEqual([]);
      }
  });
});
