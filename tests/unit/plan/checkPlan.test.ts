import { describe, expect, it } from 'vitest';
import { checkPlan, planCheckCodes, type PlanCheck } from '../../../shared/domain/plan/checks';
import { wordCheckParams } from '../../../shared/domain/plan/checks/wordCheckParams';
import type { PlanContext, Program, WhyRef } from '../../../shared/domain/plan/types';
import { activity, actor, line, noContext, plan, program, strategy } from './planFixture';

/** A program with nothing to flag in 2027 unless the test changes it. */
const whole = (id: string, fields: Partial<Program> = {}) =>
  program(id, {
    lead: actor(null, 'Forum sentra'),
    activities: [activity(`${id}-a`, '2027-03', '2027-04')],
    budget: [line(`${id}-l`, 1_000_000, 'fs-swadaya')],
    ...fields,
  });
const codes = (checks: PlanCheck[]) => checks.map((c) => `${c.code}:${c.target.id ?? '-'}:${c.target.field ?? '-'}`);
const year2027 = { year: 2027 };

describe('checkPlan', () => {
  it('finds nothing in an empty plan or a whole one', () => {
    expect(checkPlan(plan(), noContext)).toEqual([]);
    expect(checkPlan(plan({ header: year2027, programs: [whole('p1')] }), noContext)).toEqual([]);
  });

  it('flags a program without a lead, activities or budget (no lines, or lines of 0)', () => {
    const doc = plan({
      header: year2027,
      programs: [program('p1', { name: 'Kosong' }), whole('p2', { budget: [line('z', 0, 'fs-swadaya')], lead: actor(null, ' ') })],
    });
    const checks = checkPlan(doc, noContext);
    expect(codes(checks)).toEqual(['noLead:p1:lead', 'noActivities:p1:activities', 'noBudget:p1:budget', 'noLead:p2:lead', 'noBudget:p2:budget']);
    expect(checks[0]).toEqual({
      code: 'noLead',
      severity: 'warning',
      key: 'planChecks.noLead',
      params: { program: 'Kosong' },
      target: { section: 'program', id: 'p1', field: 'lead' },
    });
  });

  it('warns once per activity outside the plan year, with its months worded for the reader', () => {
    const doc = plan({
      header: year2027,
      programs: [
        whole('p1', {
          name: 'Pameran',
          activities: [
            activity('a1', '2026-11', '2027-02', 'Persiapan'),
            activity('a2', '2027-05', '2027-06'),
            activity('a3', '2027-12', '2028-01'),
            activity('a4', '2028-03', '2028-03'),
          ],
        }),
      ],
    });
    const checks = checkPlan(doc, noContext);
    expect(codes(checks)).toEqual(['activityOutsideYear:p1:activities.a1', 'activityOutsideYear:p1:activities.a3', 'activityOutsideYear:p1:activities.a4']);
    expect(checks[0]!.params).toEqual({ program: 'Pameran', activity: 'Persiapan', start: '2026-11', end: '2027-02', months: '2026-11 – 2027-02', year: 2027 });
    expect(wordCheckParams(checks[0]!, 'id').months).toBe('Nov 2026 – Feb 2027');
    expect(wordCheckParams(checks[2]!, 'en').months).toBe('Mar 2028');
    // Params without months pass through untouched.
    expect(wordCheckParams({ params: { program: 'x' } }, 'id')).toEqual({ program: 'x' });
  });

  it('flags 3-year strategies no program serves, before the programs, with their number', () => {
    const doc = plan({
      header: year2027,
      strategies: [strategy('s1'), strategy('s2', { text: 'Perluas pasar   ekspor\n genteng' }), strategy('s3')],
      programs: [whole('p1', { strategyId: 's1' }), whole('p2', { strategyId: 's3' })],
    });
    const checks = checkPlan(doc, noContext);
    expect(codes(checks)).toEqual(['strategyWithoutProgram:s2:-']);
    expect(checks[0]!.params).toEqual({ number: 2, strategy: 'Perluas pasar ekspor genteng' });
  });

  it('notes TOWS strategies nothing in the plan cites, as information', () => {
    const context: PlanContext = {
      ...noContext,
      towsStrategies: [
        { id: 't1', code: 'SO1', kind: 'SO', text: 'Pakai tanah liat lokal' },
        { id: 't2', code: 'WO1', kind: 'WO', text: 'x'.repeat(200) },
        { id: 't3', code: 'ST1', kind: 'ST', text: 'Dikutip program' },
      ],
    };
    const link: WhyRef = { kind: 'towsStrategy', targetId: 't3', code: 'ST1', text: '', deleted: false };
    const doc = plan({
      header: year2027,
      strategies: [strategy('s1', { towsStrategyId: 't1' })],
      programs: [whole('p1', { strategyId: 's1', links: [link] })],
    });
    const checks = checkPlan(doc, context);
    expect(codes(checks)).toEqual(['towsWithoutProgram:-:tows.t2']);
    expect(checks[0]!.severity).toBe('info');
    expect(checks[0]!.params.code).toBe('WO1');
    // A long text is clipped to one line of 80 characters.
    expect(String(checks[0]!.params.strategy)).toHaveLength(80);
    expect(String(checks[0]!.params.strategy).endsWith('…')).toBe(true);
  });

  it('flags WHY links and TOWS links whose record was deleted, and a deleted lead', () => {
    const gone: WhyRef = { kind: 'swotItem', targetId: 'w9', code: 'W3', text: 'Kiln boros kayu', deleted: true };
    const kept: WhyRef = { kind: 'swotItem', targetId: 'w1', code: 'W1', text: '', deleted: false };
    const doc = plan({
      header: year2027,
      strategies: [strategy('s1', { towsStrategyId: 't9', tows: { kind: 'towsStrategy', targetId: 't9', code: 'WT2', text: '', deleted: true } })],
      programs: [whole('p1', { name: 'Tungku', strategyId: 's1', links: [kept, gone], lead: actor('a9', 'UPT lama', true) })],
    });
    const checks = checkPlan(doc, noContext);
    expect(codes(checks)).toEqual(['linkDeleted:s1:tows', 'linkDeleted:p1:links.w9', 'leadDeleted:p1:lead']);
    expect(checks[1]!.params).toEqual({ owner: 'Tungku', code: 'W3' });
    expect(checks[2]!.params).toEqual({ program: 'Tungku', lead: 'UPT lama' });
  });

  it('flags a lead at the map’s periphery (≤ 1 tie) or picked but not on this cluster’s map', () => {
    const context: PlanContext = {
      ...noContext,
      actors: [
        { id: 'a1', name: 'Dinas Perindag', kind: 'government', ties: 5 },
        { id: 'a2', name: 'Bank BPD', kind: 'bank', ties: 1 },
        { id: 'a3', name: 'Koperasi Genteng', kind: 'cooperative', ties: 0 },
      ],
    };
    const doc = plan({
      header: year2027,
      programs: [
        whole('p1', { lead: actor('a1', 'Dinas Perindag') }),
        whole('p2', { lead: actor('a2', 'Bank BPD') }),
        // Typed, but the name of an actor on the map: that actor.
        whole('p3', { lead: actor(null, 'koperasi  genteng.') }),
        whole('p4', { lead: actor('a7', 'Universitas') }),
        // Typed and on nobody's map: nothing to say about the map.
        whole('p5', { lead: actor(null, 'Pak Lurah') }),
      ],
    });
    const checks = checkPlan(doc, context);
    expect(codes(checks)).toEqual(['leadPeripheral:p2:lead', 'leadPeripheral:p3:lead', 'leadNotOnMap:p4:lead']);
    expect(checks[0]!.params).toEqual({ program: 'Program p2', lead: 'Bank BPD', ties: 1 });
  });

  it('flags an agency leading more programs than the plan allows, once, on its first program', () => {
    const context: PlanContext = { ...noContext, actors: [{ id: 'a1', name: 'Dinas Perindag', kind: 'government', ties: 4 }] };
    const dinas = [actor('a1', 'Dinas Perindag'), actor(null, 'DINAS PERINDAG'), actor('a1', 'Dinas Perindag')];
    const forum = [actor(null, 'Forum  Sentra'), actor(null, 'forum sentra'), actor(null, 'Forum sentra.')];
    const programs = [...dinas, ...forum].map((lead, i) => whole(`p${i + 1}`, { lead }));
    const loaded = checkPlan(plan({ header: { year: 2027, leadLoadMax: 2 }, programs }), context);
    expect(codes(loaded)).toEqual(['leadOverloaded:p1:lead', 'leadOverloaded:p4:lead']);
    expect(loaded[0]!.params).toEqual({ lead: 'Dinas Perindag', count: 3, max: 2 });
    expect(loaded[1]!.params).toEqual({ lead: 'Forum Sentra', count: 3, max: 2 });
    // At the limit is fine.
    expect(checkPlan(plan({ header: { year: 2027, leadLoadMax: 3 }, programs }), context)).toEqual([]);
  });

  it('orders the list by section, then plan order, then each program’s fields', () => {
    const doc = plan({
      header: year2027,
      strategies: [strategy('s1'), strategy('s2')],
      programs: [
        program('p1', { activities: [activity('a', '2028-01', '2028-02')], links: [{ kind: 'swotItem', targetId: 'w', code: 'S1', text: '', deleted: true }] }),
        program('p2'),
      ],
    });
    expect(codes(checkPlan(doc, noContext))).toEqual([
      'strategyWithoutProgram:s1:-',
      'strategyWithoutProgram:s2:-',
      'linkDeleted:p1:links.w',
      'noLead:p1:lead',
      'activityOutsideYear:p1:activities.a',
      'noBudget:p1:budget',
      'noLead:p2:lead',
      'noActivities:p2:activities',
      'noBudget:p2:budget',
    ]);
  });

  it('words every check with a catalog key of its code', () => {
    const doc = plan({ programs: [program('p')] });
    for (const c of checkPlan(doc, noContext)) expect(c.key).toBe(`planChecks.${c.code}`);
    expect(new Set(planCheckCodes).size).toBe(planCheckCodes.length);
  });
});
