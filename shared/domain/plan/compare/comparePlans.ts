import { normaliseName } from '../checks/makeCheck';
import type { ActorRef, FundingSource, MediumStrategy, PlanDoc, Program } from '../types';
import { budgetTotals } from '../views/budgetTotals';
import { leadOf, programTotal, sourceAmounts, sourceOrderOf } from '../views/programSums';
import {
  headerDiffFields,
  programDiffFields,
  strategyDiffFields,
  type PlanDiff,
  type ProgramChange,
  type ProgramDiffField,
  type SourceDelta,
  type StrategyChange,
} from './planDiff';
import { matchedDiff, rowsChanged, rowsDiff, sameValue } from './rowsDiff';

/** An agency as the comparison identifies it: its actor, or its typed name normalised. */
const agency = (a: ActorRef) => (a.actorId !== null ? `actor:${a.actorId}` : `name:${normaliseName(a.name)}`);

function sameLead(a: ActorRef | null, b: ActorRef | null): boolean {
  if (a === null || b === null) return a === b;
  // A name typed once and later picked from the map (or the reverse) is the same agency.
  if (a.actorId === null || b.actorId === null) return normaliseName(a.name) === normaliseName(b.name);
  return a.actorId === b.actorId;
}

/** A program's field in the form it is compared: links by what they cite, participants by agency, as sets. */
function comparable(p: Program, field: ProgramDiffField): unknown {
  if (field === 'links') return p.links.map((l) => `${l.kind}:${l.targetId}`).sort();
  if (field === 'participants') return p.participants.map(agency).sort();
  return p[field];
}

/** How the amounts of a comparison are told: funding sources by id as either version names them, in the list's order. */
interface SourceNaming {
  names: (id: string) => FundingSource | null;
  order: ReadonlyMap<string, number>;
}

/** Amounts per funding source that differ between two lists of amounts, in the list's order. */
function sourceDeltas(
  before: readonly { sourceId: string; amount: number }[],
  after: readonly { sourceId: string; amount: number }[],
  { names, order }: SourceNaming,
): SourceDelta[] {
  const from = new Map(before.map((s) => [s.sourceId, s.amount]));
  const to = new Map(after.map((s) => [s.sourceId, s.amount]));
  const ids = [...new Set([...from.keys(), ...to.keys()])];
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return ids
    .sort((a, b) => rank(a) - rank(b))
    .map((sourceId) => {
      const f = from.get(sourceId) ?? 0;
      const t = to.get(sourceId) ?? 0;
      return { sourceId, source: names(sourceId), from: f, to: t, delta: t - f };
    })
    .filter((d) => d.delta !== 0);
}

/** A 3-year strategy in both versions: its changed fields and indicators; null when nothing changed. */
function strategyChange(was: MediumStrategy, s: MediumStrategy): StrategyChange | null {
  const change: StrategyChange = {
    id: s.id,
    before: was,
    after: s,
    fields: strategyDiffFields.filter((f) => !sameValue(was[f], s[f])),
    indicators: rowsDiff(was.indicators, s.indicators, ['name', 'unit', 'baseline', 'targets']),
  };
  return change.fields.length > 0 || rowsChanged(change.indicators) > 0 ? change : null;
}

/** A program in both versions: what changed in it, with its total and amounts per source; null when nothing changed. */
function programChange(was: Program, p: Program, naming: SourceNaming): ProgramChange | null {
  const from = programTotal(was.budget);
  const to = programTotal(p.budget);
  const leads = { from: leadOf(was), to: leadOf(p) };
  const change: ProgramChange = {
    id: p.id,
    before: was,
    after: p,
    fields: programDiffFields.filter((f) => !sameValue(comparable(was, f), comparable(p, f))),
    lead: sameLead(leads.from, leads.to) ? null : leads,
    activities: rowsDiff(was.activities, p.activities, ['name', 'start', 'end', 'output']),
    budgetLines: rowsDiff(was.budget, p.budget, ['item', 'amount', 'sourceId', 'activityId', 'note']),
    budget: from === to ? null : { from, to },
    bySource: sourceDeltas(sourceAmounts(was.budget, naming.order), sourceAmounts(p.budget, naming.order), naming),
  };
  const changed = change.fields.length > 0 || change.lead !== null || rowsChanged(change.activities) > 0 || rowsChanged(change.budgetLines) > 0;
  return changed ? change : null;
}

/**
 * What changed from `before` (e.g. the version frozen for the forum) to `after` (the draft): header
 * fields, vision targets and approvals; 3-year strategies and programs added, removed or changed,
 * matched by id — for a changed program its fields, its lead (from → to), activities (with moved
 * months), budget lines, total and amounts per source; and the plan's total and amounts per source.
 */
export function comparePlans(before: PlanDoc, after: PlanDoc): PlanDiff {
  const sources = new Map([...before.funding, ...after.funding].map((s) => [s.id, s]));
  const naming: SourceNaming = {
    names: (id) => sources.get(id) ?? null,
    // The draft's list order first; sources only the old version knew follow in its order.
    order: sourceOrderOf([...after.funding, ...before.funding.filter((s) => !after.funding.some((a) => a.id === s.id))]),
  };

  const header = {
    fields: headerDiffFields
      .filter((f) => !sameValue(before.header[f], after.header[f]))
      .map((field) => ({ field, from: before.header[field], to: after.header[field] })),
    targets: rowsDiff(before.header.targets, after.header.targets, ['text', 'area', 'target']),
    approvals: rowsDiff(before.header.approvals, after.header.approvals, ['heading', 'title', 'name', 'nip']),
  };

  const totals = { from: budgetTotals(before), to: budgetTotals(after) };
  return {
    header,
    strategies: matchedDiff(before.strategies, after.strategies, strategyChange),
    programs: matchedDiff(before.programs, after.programs, (was, p) => programChange(was, p, naming)),
    total: { from: totals.from.total, to: totals.to.total },
    bySource: sourceDeltas(totals.from.bySource, totals.to.bySource, naming),
  };
}

/**
 * How many things changed: header fields, vision targets and approval blocks, strategies and
 * programs added, removed or changed (a changed program counts once however much changed in it).
 */
export function changeCount(diff: PlanDiff): number {
  return (
    diff.header.fields.length +
    rowsChanged(diff.header.targets) +
    rowsChanged(diff.header.approvals) +
    rowsChanged(diff.strategies) +
    rowsChanged(diff.programs)
  );
}

/** Whether two versions say the same (nothing `comparePlans` would report). */
export function isSameDoc(a: PlanDoc, b: PlanDoc): boolean {
  return changeCount(comparePlans(a, b)) === 0;
}
