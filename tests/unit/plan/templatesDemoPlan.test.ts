import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clustersInterchange } from '../../../shared/domain/clusters/interchange';
import { checkPlan, comparePlans } from '../../../shared/domain/plan';
import { type DocumentPlanProgram, type PlanSection, planInterchange } from '../../../shared/domain/plan/interchange';
import { planTemplateByKey } from '../../../shared/domain/plan/templates';
import type { PlanContext, PlanDoc, Program } from '../../../shared/domain/plan/types';
import { stakeholdersInterchange } from '../../../shared/domain/stakeholders/interchange';
import { type SwotSection, swotInterchange } from '../../../shared/domain/swot/interchange';
import { boardReferences } from '../../../shared/domain/swot/references';
import { parseWorkspaceDocument } from '../../../shared/domain/workspace/interchange';

/*
 * The demo's Kebumen roof-tile plan (issue 9): built from the JICA report's facts, with names and
 * amounts marked illustrative, and a version frozen for the forum that the draft has since moved
 * away from a little, so that comparing the two shows something.
 */

const text = fs.readFileSync(path.resolve('resources/demo/demo-workspace.json'), 'utf8');
type Demo = PlanSection &
  SwotSection & {
    clusters: { id: string; name: string }[];
    actors: { id: string; name: string; kind: string }[];
    mapPlacements: { clusterId: string; actorId: string }[];
    ties: { clusterId: string; from: string; to: string }[];
  };
const demo = JSON.parse(text) as Demo;
const kebumen = 'demo-kebumen';
const plan = demo.plans.find((p) => p.clusterId === kebumen)!;
const strategies = demo.planStrategies.filter((s) => s.clusterId === kebumen);
const programs = demo.planPrograms.filter((p) => p.clusterId === kebumen);
const versions = demo.planVersions.filter((v) => v.clusterId === kebumen);
const onMap = new Set(demo.mapPlacements.filter((p) => p.clusterId === kebumen).map((p) => p.actorId));
const actorName = new Map(demo.actors.map((a) => [a.id, a.name]));
const refs = boardReferences({
  items: demo.swotItems.filter((i) => i.clusterId === kebumen).map((i) => ({ ...i, dots: 0, votes: [] })),
  strategies: demo.towsStrategies.filter((s) => s.clusterId === kebumen),
});
const citedText = new Map([...demo.swotItems, ...demo.towsStrategies].map((r) => [r.id, r.text]));
const sum = (ps: { budget: { amount: number }[] }[]) => ps.reduce((s, p) => s + p.budget.reduce((t, b) => t + b.amount, 0), 0);

/** The draft as a reader gets it: every reference is live in the demo. */
function draftDoc(): PlanDoc {
  const asProgram = ({ clusterId: _c, position: _p, createdAt: _a, updatedAt: _u, ...p }: DocumentPlanProgram): Program => ({
    ...p,
    links: p.links.map((l) => ({ ...l, deleted: false })),
    participants: p.participants.map((w) => ({ ...w, deleted: false })),
    lead: { actorId: p.leadActorId, name: p.leadName, deleted: false },
  });
  const { clusterId: _c, createdAt: _a, updatedAt, ...fields } = plan;
  return {
    clusterId: kebumen,
    clusterName: demo.clusters.find((c) => c.id === kebumen)!.name,
    header: { ...fields, updatedAt },
    strategies: strategies.map(({ clusterId: _k, position: _p, towsCode, towsText, createdAt: _x, updatedAt: _y, ...s }) => ({
      ...s,
      tows: s.towsStrategyId === null ? null : { kind: 'towsStrategy', targetId: s.towsStrategyId, code: towsCode, text: towsText, deleted: false },
    })),
    programs: programs.map(asProgram),
    funding: demo.fundingSources.map((f) => ({ ...f })),
  };
}

function context(): PlanContext {
  const ties = new Map<string, number>();
  for (const t of demo.ties.filter((x) => x.clusterId === kebumen)) for (const id of [t.from, t.to]) ties.set(id, (ties.get(id) ?? 0) + 1);
  return {
    actors: demo.actors.filter((a) => onMap.has(a.id)).map((a) => ({ id: a.id, name: a.name, kind: a.kind, ties: ties.get(a.id) ?? 0 })),
    swotItems: demo.swotItems
      .filter((i) => i.clusterId === kebumen)
      .map((i) => ({ id: i.id, code: refs.items.get(i.id)!, quadrant: i.quadrant, text: i.text })),
    towsStrategies: demo.towsStrategies
      .filter((s) => s.clusterId === kebumen)
      .map((s) => ({ id: s.id, code: refs.strategies.get(s.id)!, kind: s.kind, text: s.text })),
  };
}

describe('the demo plan of the Kebumen roof-tile pilot', () => {
  it('is a valid plan section of the bundled document', () => {
    const sections = [clustersInterchange, stakeholdersInterchange, swotInterchange, planInterchange];
    const keys = ['format', 'formatVersion', 'exportedAt', 'appVersion', ...sections.flatMap((s) => Object.keys(s.shape))];
    const doc = Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).filter(([k]) => keys.includes(k)));
    const r = parseWorkspaceDocument(JSON.stringify(doc), sections);
    expect(r.ok ? null : r.params).toBeNull();
  });

  it('has a 2027 header with a vision to 2036, targets in every area, and illustrative people without NIPs', () => {
    expect([plan.year, plan.mediumStart, plan.visionYear, plan.place, plan.documentDate]).toEqual([2027, 2027, 2036, 'Kebumen', '2026-11-28']);
    expect(plan.vision).toMatch(/Kebumen Sokka/);
    expect(new Set(plan.targets.map((t) => t.area))).toEqual(new Set(['factor', 'demand', 'related', 'strategy', 'socialCapital']));
    expect([plan.goal, plan.purpose, plan.assumptions].every((s) => s.length > 40)).toBe(true);
    expect(plan.approvals.map((a) => a.heading)).toEqual(['mengetahui', 'menyetujui']);
    for (const who of [plan.facilitator, plan.institution, ...plan.approvals.map((a) => a.name)]) expect(who).toMatch(/ilustratif/);
    expect(plan.approvals.every((a) => a.nip === '')).toBe(true);
  });

  it('has 3–4 three-year strategies, most taken from the Kebumen TOWS with the code and text they cite, each with yearly targets', () => {
    expect(strategies.length).toBeGreaterThanOrEqual(3);
    expect(strategies.length).toBeLessThanOrEqual(4);
    const fromTows = strategies.filter((s) => s.towsStrategyId !== null);
    expect(fromTows.length).toBeGreaterThanOrEqual(2);
    for (const s of fromTows) {
      expect(s.towsCode).toBe(refs.strategies.get(s.towsStrategyId!));
      expect([s.text, s.towsText]).toEqual([citedText.get(s.towsStrategyId!), citedText.get(s.towsStrategyId!)]);
    }
    for (const s of strategies) {
      expect(s.indicators.length, s.id).toBeGreaterThanOrEqual(1);
      for (const i of s.indicators)
        expect(
          [i.baseline, ...i.targets].every((n) => typeof n === 'number'),
          i.name,
        ).toBe(true);
    }
  });

  it('has 6–8 programs with readable ids, each from a template, led and attended by actors of the Kebumen map', () => {
    expect(programs.length).toBeGreaterThanOrEqual(6);
    expect(programs.length).toBeLessThanOrEqual(8);
    expect(programs.map((p) => p.id)).toEqual(programs.map((_, i) => `plan-keb-prog-${i + 1}`));
    for (const p of programs) {
      expect(planTemplateByKey(p.templateKey!), p.id).not.toBeNull();
      expect(onMap.has(p.leadActorId!), p.id).toBe(true);
      expect(p.leadName).toBe(actorName.get(p.leadActorId!));
      for (const w of p.participants) expect(onMap.has(w.actorId!) && w.name === actorName.get(w.actorId!), w.name).toBe(true);
      expect(
        strategies.some((s) => s.id === p.strategyId),
        p.id,
      ).toBe(true);
      expect(p.location, p.id).toMatch(/Desa|Semarang|Jatiwangi/);
    }
  });

  it('gives each program a WHY citing Kebumen SWOT items or TOWS strategies by their codes, and cites every TOWS strategy somewhere', () => {
    for (const p of programs) {
      expect(p.why.length, p.id).toBeGreaterThan(30);
      expect(p.links.length, p.id).toBeGreaterThanOrEqual(2);
      for (const l of p.links) {
        const code = l.kind === 'swotItem' ? refs.items.get(l.targetId) : refs.strategies.get(l.targetId);
        expect([l.code, l.text]).toEqual([code, citedText.get(l.targetId)]);
      }
    }
    const cited = new Set([...strategies.map((s) => s.towsStrategyId), ...programs.flatMap((p) => p.links.map((l) => l.targetId))]);
    expect([...refs.strategies.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('schedules 2–6 activities per program inside 2027 and budgets them from several sources, every line marked illustrative', () => {
    for (const p of programs) {
      expect(p.activities.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.activities.length, p.id).toBeLessThanOrEqual(6);
      for (const a of p.activities) expect(a.start >= '2027-01' && a.end <= '2027-12' && a.start <= a.end, a.name).toBe(true);
      expect(p.budget.length, p.id).toBeGreaterThanOrEqual(3);
      expect(new Set(p.budget.map((b) => b.sourceId)).size, p.id).toBeGreaterThanOrEqual(2);
      for (const b of p.budget) expect([b.note, b.amount > 0 && b.amount % 100_000 === 0]).toEqual(['Ilustratif', true]);
    }
    expect(new Set(programs.flatMap((p) => p.budget.map((b) => b.sourceId))).size).toBeGreaterThanOrEqual(7);
    for (const p of programs) expect(p.content, p.id).toMatch(/anggaran program ini ilustratif/i);
  });

  it('raises no missing-lead, -activity or -budget warning, nothing outside the year, no strategy or TOWS strategy left without a program', () => {
    const codes = checkPlan(draftDoc(), context()).map((c) => c.code);
    const absent = ['noLead', 'noActivities', 'noBudget', 'activityOutsideYear', 'strategyWithoutProgram', 'towsWithoutProgram', 'leadOverloaded'];
    expect(codes.filter((c) => absent.includes(c))).toEqual([]);
  });

  it('keeps one version submitted to the forum, from which the draft moved one warehouse budget and one lead', () => {
    expect(versions.map((v) => v.label)).toEqual(['Diajukan ke forum kabupaten']);
    const version = versions[0]!;
    expect([version.programs, version.total]).toEqual([version.doc.programs.length, sum(version.doc.programs)]);
    const diff = comparePlans(version.doc, draftDoc());
    expect(diff.programs.added.concat(diff.programs.removed)).toEqual([]);
    expect(diff.programs.changed.map((c) => c.id)).toEqual(['plan-keb-prog-3', 'plan-keb-prog-7']);
    const [budget, lead] = diff.programs.changed;
    expect([budget!.budget, budget!.lead]).toEqual([{ from: 33_000_000, to: 28_000_000 }, null]);
    expect(budget!.budgetLines.changed.map((l) => [l.before.amount, l.after.amount])).toEqual([[15_000_000, 10_000_000]]);
    expect(lead!.lead).toMatchObject({ from: { name: 'Disperindag Kabupaten Kebumen' }, to: { name: 'Forum Klaster Kabupaten Kebumen' } });
    expect(diff.total).toEqual({ from: version.total, to: sum(programs) });
  });
});
