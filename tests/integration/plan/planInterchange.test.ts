import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { type PlanSection, emptyPlanSection } from '../../../shared/domain/plan/interchange';
import { INTERCHANGE_VERSION } from '../../../shared/domain/workspace/interchange';
import { useTempServices } from '../helpers';
import { type InterchangeDoc, exportedDoc, importRefusal } from '../interchangeDocs';
import { fullProgram, headerFields, linkedPlan } from './planFixtures';

const env = useTempServices();
const planKeys = Object.keys(emptyPlanSection()) as (keyof PlanSection)[];
type Doc = InterchangeDoc<PlanSection> & { actors: { id: string }[] };

/**
 * The linked plan, with a header, a renamed built-in source and a custom one paying a line, a
 * frozen version, and then its lead and its cited SWOT item deleted (the plan keeps their names).
 */
async function buildPlan() {
  const plan = await linkedPlan(env.services, env.root);
  const { clusterId } = plan;
  const view = await invoke(env.services, 'plan.get', { clusterId });
  await invoke(env.services, 'plan.header.save', {
    clusterId,
    fields: headerFields(view, {
      vision: 'Sentra genteng yang mandiri',
      documentDate: '2026-11-28',
      place: 'Kebumen',
      targets: [{ id: 't1', text: 'Ekspor', area: 'demand', target: '5 kontainer' }],
    }),
  });
  await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-apbn', name: 'Kemenperin' } });
  await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-baznas', name: 'BAZNAS' } });
  const second = fullProgram('p2', 'Pameran');
  await invoke(env.services, 'plan.programs.save', { clusterId, program: { ...second, budget: [{ ...second.budget[0]!, sourceId: 'fs-baznas' }] } });
  await invoke(env.services, 'plan.versions.freeze', { clusterId, label: 'Forum Januari' });
  await invoke(env.services, 'stakeholders.selection.delete', { clusterId, actorIds: [plan.dinas], tieIds: [] });
  await invoke(env.services, 'swot.items.delete', { id: plan.merek });
  return plan;
}

const exportDoc = () => exportedDoc<Doc>(env);

describe('the plan sections of the interchange document', () => {
  it('round-trips every plan record exactly, deleted references and all', async () => {
    const plan = await buildPlan();
    const { clusterId } = plan;
    const first = await exportDoc();
    expect(first.formatVersion).toBe(INTERCHANGE_VERSION);
    expect(planKeys.map((k) => first[k].length)).toEqual([1, 1, 2, 11, 1]);
    const p1 = first.planPrograms.find((p) => p.id === 'p1')!;
    // The document keeps what the plan stored: the deleted lead's name, the cited item's code and text.
    expect(p1).toMatchObject({ clusterId, position: 0, leadName: 'Dinas Perindustrian Kebumen', strategyId: 's1' });
    expect(p1.links[0]).toEqual({ kind: 'swotItem', targetId: plan.merek, code: 'S2', text: 'Merek Sokka dikenal' });
    expect(first.planStrategies[0]).toMatchObject({ towsCode: 'WO1', towsText: 'Tungku hemat energi' });
    expect(first.planVersions[0]!.doc.programs).toHaveLength(2);
    const before = await invoke(env.services, 'plan.get', { clusterId });

    await invoke(env.services, 'workspace.importJson', { json: JSON.stringify(first), path: path.join(env.root, 'copy.sentra') });
    const second = await exportDoc();
    expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
    expect(await invoke(env.services, 'plan.get', { clusterId })).toEqual(before);
    expect(before.programs[0]!.lead).toMatchObject({ name: 'Dinas Perindustrian Kebumen', deleted: true });
    // The document's funding list replaced the one a new file starts with.
    expect((await invoke(env.services, 'plan.funding.list', {})).map((f) => f.name)).toContain('BAZNAS');
  });

  it('reads a version-3 document as a workspace without plans and with the built-in funding sources', async () => {
    const { clusterId } = await buildPlan();
    const doc = (await exportDoc()) as unknown as Record<string, unknown>;
    for (const key of planKeys) delete doc[key];
    await invoke(env.services, 'workspace.importJson', { json: JSON.stringify({ ...doc, formatVersion: 3 }), path: path.join(env.root, 'old.sentra') });
    expect(await invoke(env.services, 'plan.get', { clusterId })).toMatchObject({ exists: false, programs: [], strategies: [] });
    expect((await invoke(env.services, 'swot.board.get', { clusterId })).items).toHaveLength(2);
    const again = await exportDoc();
    expect(again.formatVersion).toBe(INTERCHANGE_VERSION);
    expect(planKeys.map((k) => again[k])).toEqual(planKeys.map((k) => emptyPlanSection()[k]));
  });

  describe('refuses documents whose plan references do not hold, saying where', () => {
    let doc: Doc;
    beforeEach(async () => {
      await buildPlan();
      doc = await exportDoc();
    });

    const refusal = (change: (d: Doc) => void) => importRefusal(env, doc, change);
    const program = (id: string) => doc.planPrograms.findIndex((p) => p.id === id);

    it('a plan of an unknown cluster or a second plan of one; a program or strategy without its plan', async () => {
      expect(await refusal((d) => (d.plans[0]!.clusterId = 'ghost'))).toMatchObject({
        where: 'plan.validation.wherePlan',
        row: '1',
        field: 'clusterId',
        detail: 'validation.unknownCluster',
      });
      expect(await refusal((d) => d.plans.push({ ...d.plans[0]!, targets: [], approvals: [] }))).toMatchObject({
        row: '2',
        detail: 'plan.validation.duplicatePlan',
      });
      expect(await refusal((d) => (d.plans = []))).toMatchObject({ where: 'plan.validation.whereStrategy', detail: 'plan.validation.unknownPlan' });
    });

    it('a budget line from an unknown source or for another program’s activity; a strategy of another plan', async () => {
      const i = program('p1');
      expect(await refusal((d) => (d.planPrograms[i]!.budget[0]!.sourceId = 'fs-ghost'))).toMatchObject({
        where: 'plan.validation.whereProgram',
        row: String(i + 1),
        name: 'Pelatihan tungku',
        cluster: 'Sentra Genteng Kebumen',
        field: 'budget.0.sourceId',
        detail: 'plan.validation.unknownFundingSource',
      });
      expect(await refusal((d) => (d.planPrograms[i]!.budget[0]!.activityId = 'p2-a1'))).toMatchObject({
        field: 'budget.0.activityId',
        detail: 'plan.validation.otherActivity',
      });
      expect(await refusal((d) => (d.planPrograms[i]!.strategyId = 'ghost'))).toMatchObject({ field: 'strategyId', detail: 'plan.validation.unknownStrategy' });
    });

    it('repeated ids, within a table across programs, and repeated sources or links', async () => {
      const i = program('p2');
      expect(await refusal((d) => (d.planPrograms[i]!.activities[0]!.id = 'p1-a1'))).toMatchObject({
        row: String(i + 1),
        field: 'activities.0.id',
        detail: 'validation.duplicateId',
      });
      expect(await refusal((d) => d.fundingSources.push({ ...d.fundingSources[0]!, id: 'fs-again' }))).toMatchObject({
        where: 'plan.validation.whereFundingSource',
        row: String(doc.fundingSources.length + 1),
        field: 'key',
        detail: 'plan.validation.duplicateFundingKey',
      });
      expect(await refusal((d) => d.fundingSources.push({ id: 'fs-nameless', key: null, name: '', position: 99 }))).toMatchObject({
        field: 'name',
        detail: 'validation.required',
      });
      const j = program('p1');
      expect(await refusal((d) => d.planPrograms[j]!.links.push(d.planPrograms[j]!.links[0]!))).toMatchObject({ detail: 'plan.validation.duplicateLink' });
    });

    it('an unknown field, a bad month, an amount out of range, a version without its doc', async () => {
      const i = program('p1');
      expect(await refusal((d) => Object.assign(d.planPrograms[i]!, { secret: 1 }))).toMatchObject({
        where: 'plan.validation.whereProgram',
        detail: 'validation.unknownKeys',
      });
      expect(await refusal((d) => (d.planPrograms[i]!.activities[0]!.start = '2027-13'))).toMatchObject({
        field: 'activities.0.start',
        detail: 'plan.validation.month',
      });
      expect(await refusal((d) => (d.planPrograms[i]!.budget[0]!.amount = -5))).toMatchObject({ detail: 'plan.validation.amountNegative' });
      expect(await refusal((d) => delete (d.planVersions[0] as Partial<Doc['planVersions'][number]>).doc)).toMatchObject({
        where: 'plan.validation.whereVersion',
        name: 'Forum Januari',
        field: 'doc',
        detail: 'validation.missing',
      });
    });

    it('but not a reference to an actor, SWOT item or TOWS strategy the document no longer holds', async () => {
      const d = structuredClone(doc);
      const i = d.planPrograms.findIndex((p) => p.id === 'p1');
      d.planPrograms[i]!.leadActorId = 'long-gone';
      d.planPrograms[i]!.links[1]!.targetId = 'long-gone-tows';
      d.planStrategies[0]!.towsStrategyId = 'long-gone-tows';
      await invoke(env.services, 'workspace.importJson', { json: JSON.stringify(d), path: path.join(env.root, 'gone.sentra') });
      const view = await invoke(env.services, 'plan.get', { clusterId: d.plans[0]!.clusterId });
      expect(view.programs[0]!.lead).toEqual({ actorId: 'long-gone', name: 'Dinas Perindustrian Kebumen', deleted: true });
      expect(view.strategies[0]!.tows).toMatchObject({ code: 'WO1', deleted: true });
    });
  });
});
