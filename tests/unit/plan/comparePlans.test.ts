import { describe, expect, it } from 'vitest';
import { changeCount, comparePlans, isSameDoc } from '../../../shared/domain/plan/compare';
import type { PlanDoc } from '../../../shared/domain/plan/types';
import { activity, actor, funding, line, plan, program, strategy } from './planFixture';
import { samplePlan } from './samplePlan';

/** The sample plan as frozen for the forum, and a deep copy to edit as the draft. */
const frozen = samplePlan;
const draft = (): PlanDoc => structuredClone(samplePlan);

describe('comparePlans', () => {
  it('finds nothing between a plan and its copy, and nothing between two empty plans', () => {
    const diff = comparePlans(frozen, draft());
    expect(changeCount(diff)).toBe(0);
    expect(diff.total).toEqual({ from: 14_250_000, to: 14_250_000 });
    expect(diff.bySource).toEqual([]);
    expect(isSameDoc(frozen, draft())).toBe(true);
    expect(isSameDoc(plan(), plan())).toBe(true);
  });

  it('lists changed header fields with old and new values, and targets and approvals as rows', () => {
    const after = draft();
    after.header.vision = 'Sentra genteng unggulan Jawa Tengah';
    after.header.year = 2028;
    after.header.documentDate = '2027-01-12';
    after.header.targets = [
      { ...after.header.targets[0]!, target: '8 negara' },
      { id: 't2', text: 'Omzet naik', area: 'strategy', target: '50 %' },
    ];
    after.header.approvals[1]!.name = 'Ir. Siti';
    const diff = comparePlans(frozen, after);
    expect(diff.header.fields).toEqual([
      { field: 'documentDate', from: null, to: '2027-01-12' },
      { field: 'year', from: 2027, to: 2028 },
      { field: 'vision', from: '', to: 'Sentra genteng unggulan Jawa Tengah' },
    ]);
    expect(diff.header.targets.added.map((t) => t.id)).toEqual(['t2']);
    expect(diff.header.targets.changed.map((c) => [c.id, c.fields])).toEqual([['t1', ['target']]]);
    expect(diff.header.approvals.changed.map((c) => [c.id, c.fields])).toEqual([['approval-2', ['name']]]);
    expect(changeCount(diff)).toBe(3 + 2 + 1);
  });

  it('tells strategies added, removed and changed (fields and indicators)', () => {
    const after = draft();
    after.strategies[0]!.objective = 'Mutu naik';
    after.strategies[0]!.indicators[0]!.targets = [10, 25, 40];
    after.strategies[0]!.indicators.pop();
    after.strategies.push(strategy('s2'));
    const before = { ...frozen, strategies: [...frozen.strategies, strategy('s0')] };
    const diff = comparePlans(before, after);
    expect(diff.strategies.added.map((s) => s.id)).toEqual(['s2']);
    expect(diff.strategies.removed.map((s) => s.id)).toEqual(['s0']);
    const [changed] = diff.strategies.changed;
    expect(changed!.fields).toEqual(['objective']);
    expect(changed!.indicators.changed.map((c) => [c.id, c.fields])).toEqual([['i1', ['targets']]]);
    expect(changed!.indicators.removed.map((i) => i.id)).toEqual(['i3']);
  });

  it('tells a changed program: fields, lead by name, activities with moved months, budget and sources', () => {
    const after = draft();
    const p = after.programs[0]!;
    p.name = 'Pelatihan 5S dan K3';
    p.lead = actor('a5', 'Bank BPD');
    p.activities[0]!.end = '2027-04';
    p.activities.push(activity('x3', '2027-07', '2027-07'));
    p.activities.splice(1, 1);
    p.budget[0]!.amount = 3_000_000;
    p.budget.push(line('l9', 750_000, 'fs-swadaya'));
    p.budget = p.budget.filter((l) => l.id !== 'l4');
    const diff = comparePlans(frozen, after);
    expect(diff.programs.changed).toHaveLength(1);
    const c = diff.programs.changed[0]!;
    expect(c.fields).toEqual(['name']);
    expect(c.lead).toEqual({ from: actor('a1', 'Dinas Perindag'), to: actor('a5', 'Bank BPD') });
    expect(c.activities.changed.map((a) => [a.id, a.fields])).toEqual([['x1', ['end']]]);
    expect(c.activities.added.map((a) => a.id)).toEqual(['x3']);
    expect(c.activities.removed.map((a) => a.id)).toEqual(['x2']);
    expect(c.budget).toEqual({ from: 4_250_000, to: 5_250_000 });
    expect(c.bySource.map((s) => [s.sourceId, s.from, s.to, s.delta])).toEqual([
      ['fs-swadaya', 500_000, 1_250_000, 750_000],
      ['fs-apbdKabupaten', 2_500_000, 3_000_000, 500_000],
      ['fs-gone', 250_000, 0, -250_000],
    ]);
    expect(c.bySource[0]!.source).toEqual(funding[0]);
    // A source neither version lists any more is still reported, without a name.
    expect(c.bySource[2]!.source).toBeNull();
    expect(diff.total).toEqual({ from: 14_250_000, to: 15_250_000 });
    expect(diff.bySource.map((s) => [s.sourceId, s.delta])).toEqual([
      ['fs-swadaya', 750_000],
      ['fs-apbdKabupaten', 500_000],
      ['fs-gone', -250_000],
    ]);
    expect(changeCount(diff)).toBe(1);
  });

  it('sees money moved between sources even when the total stays', () => {
    const after = draft();
    after.programs[1]!.budget[0]!.sourceId = 'fs-clusterForum';
    const c = comparePlans(frozen, after).programs.changed[0]!;
    expect(c.budget).toBeNull();
    expect(c.budgetLines.changed.map((l) => [l.id, l.fields])).toEqual([['l5', ['sourceId']]]);
    expect(c.bySource.map((s) => [s.sourceId, s.delta])).toEqual([
      ['fs-clusterForum', 10_000_000],
      ['fs-apbdKabupaten', -10_000_000],
    ]);
  });

  it('does not take a typed lead later picked from the map, or links re-coded, for a change', () => {
    const before = plan({
      programs: [
        program('p', {
          lead: actor(null, 'dinas perindag'),
          links: [{ kind: 'swotItem', targetId: 'w1', code: 'W1', text: 'lama', deleted: false }],
          participants: [{ id: 'r1', ...actor(null, 'Koperasi') }],
        }),
      ],
    });
    const after = structuredClone(before);
    after.programs[0]!.lead = actor('a1', 'Dinas Perindag');
    // The SWOT was reordered since: the same item is W2 now.
    after.programs[0]!.links[0] = { kind: 'swotItem', targetId: 'w1', code: 'W2', text: 'baru', deleted: false };
    after.programs[0]!.participants[0]!.id = 'r2';
    expect(comparePlans(before, after).programs.changed).toEqual([]);
    after.programs[0]!.participants.push({ id: 'r3', ...actor('a2', 'Bank') });
    expect(comparePlans(before, after).programs.changed[0]!.fields).toEqual(['participants']);
  });

  it('tells programs added and removed, with the total moving with them', () => {
    const after = draft();
    after.programs = [after.programs[0]!, program('p9', { budget: [line('n', 1_000, 'fs-swadaya')] })];
    const diff = comparePlans(frozen, after);
    expect(diff.programs.added.map((p) => p.id)).toEqual(['p9']);
    expect(diff.programs.removed.map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(diff.programs.changed).toEqual([]);
    expect(diff.total).toEqual({ from: 14_250_000, to: 4_251_000 });
    expect(changeCount(diff)).toBe(3);
  });

  it('compares an empty plan with a full one', () => {
    const diff = comparePlans(plan(), frozen);
    expect(diff.programs.added).toHaveLength(3);
    expect(diff.strategies.added).toHaveLength(1);
    expect(diff.total).toEqual({ from: 0, to: 14_250_000 });
    expect(isSameDoc(plan(), frozen)).toBe(false);
  });
});
