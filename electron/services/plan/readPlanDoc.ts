import { defaultPlanHeader } from '../../../shared/domain/plan/defaults';
import type { PlanHeaderFields } from '../../../shared/domain/plan/schemas';
import type { ActorRef, MediumStrategy, PlanDoc, PlanHeader, Program, WhyRef } from '../../../shared/domain/plan/types';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { readFundingSources } from './fundingRepository';
import type {
  ActivityRow,
  ApprovalRow,
  BudgetRow,
  LinkRow,
  ParticipantRow,
  PlanRow,
  ProgramIndicatorRow,
  ProgramRow,
  StrategyIndicatorRow,
  StrategyRow,
  TargetRow,
} from './planTableRows';
import { type WhyTargets, readWhyTargets } from './readWhyTargets';

/** The stored plan row of a cluster; undefined before its first save. */
export function getPlanRow(r: WorkspaceReader, clusterId: string): PlanRow | undefined {
  return r.get<PlanRow>('SELECT * FROM plans WHERE id = ?', clusterId);
}

/**
 * The header of a plan not yet saved. Row ids are unique per table across all plans, so the
 * default approval blocks' ids get the cluster's id in front: two new plans never collide.
 */
export function readPlanHeaderDefaults(r: WorkspaceReader, clusterId: string): PlanHeaderFields {
  const clusterName = r.get<{ name: string }>('SELECT name FROM clusters WHERE id = ?', clusterId)?.name ?? '';
  const header = defaultPlanHeader(clusterName, new Date());
  return { ...header, approvals: header.approvals.map((a) => ({ ...a, id: `${clusterId}/${a.id}` })) };
}

/** Rows of a child table grouped by their parent column, each group in position order. */
function grouped<T>(rows: T[], parentOf: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = parentOf(row);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}

/** The rows of one of a plan's program child tables, in position order. */
function programChildren<T extends { program_id: string }>(r: WorkspaceReader, table: string, planId: string): Map<string, T[]> {
  const rows = r.all<T>(
    `SELECT c.* FROM ${table} c JOIN plan_programs p ON p.id = c.program_id WHERE p.plan_id = ? ORDER BY c.program_id, c.position, c.id`,
    planId,
  );
  return grouped(rows, (row) => row.program_id);
}

/** The header as stored (with its targets and approvals), or the defaults of a plan not yet saved. */
function readHeader(r: WorkspaceReader, plan: PlanRow | undefined, clusterId: string): PlanHeader {
  if (!plan) return { ...readPlanHeaderDefaults(r, clusterId), updatedAt: null };
  const targets = r.all<TargetRow>('SELECT * FROM plan_targets WHERE plan_id = ? ORDER BY position, id', plan.id);
  const approvals = r.all<ApprovalRow>('SELECT * FROM plan_approvals WHERE plan_id = ? ORDER BY position, id', plan.id);
  return {
    title: plan.title,
    facilitator: plan.facilitator,
    institution: plan.institution,
    place: plan.place,
    documentDate: plan.document_date,
    year: plan.year,
    mediumStart: plan.medium_start,
    visionYear: plan.vision_year,
    vision: plan.vision,
    targets: targets.map((t) => ({ id: t.id, text: t.text, area: t.area, target: t.target })),
    goal: plan.goal,
    purpose: plan.purpose,
    assumptions: plan.assumptions,
    leadLoadMax: plan.lead_load_max,
    approvals: approvals.map((a) => ({ id: a.id, heading: a.heading, title: a.title, name: a.name, nip: a.nip })),
    updatedAt: plan.updated_at,
  };
}

/** A cited SWOT item or TOWS strategy: live code and text, else what the plan last saw, marked deleted. */
function whyRef(targets: WhyTargets, kind: WhyRef['kind'], targetId: string, stored: { code: string; text: string }): WhyRef {
  const live = targets.find(kind, targetId);
  return live ? { kind, targetId, code: live.code, text: live.text, deleted: false } : { kind, targetId, code: stored.code, text: stored.text, deleted: true };
}

/** An actor the plan names: its live name when still on record, else the stored one marked deleted; a typed name as it is. */
function actorRef(names: Map<string, string>, actorId: string | null, stored: string): ActorRef {
  if (actorId === null) return { actorId: null, name: stored, deleted: false };
  const live = names.get(actorId);
  return live === undefined ? { actorId, name: stored, deleted: true } : { actorId, name: live, deleted: false };
}

function readStrategies(r: WorkspaceReader, planId: string, targets: WhyTargets): MediumStrategy[] {
  const indicators = grouped(
    r.all<StrategyIndicatorRow>(
      'SELECT i.* FROM plan_strategy_indicators i JOIN plan_strategies s ON s.id = i.strategy_id WHERE s.plan_id = ? ORDER BY i.strategy_id, i.position, i.id',
      planId,
    ),
    (i) => i.strategy_id,
  );
  return r.all<StrategyRow>('SELECT * FROM plan_strategies WHERE plan_id = ? ORDER BY position, id', planId).map((s) => ({
    id: s.id,
    text: s.text,
    objective: s.objective,
    area: s.area,
    towsStrategyId: s.tows_strategy_id,
    indicators: (indicators.get(s.id) ?? []).map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      targets: [i.target1, i.target2, i.target3] as [number | null, number | null, number | null],
    })),
    tows: s.tows_strategy_id === null ? null : whyRef(targets, 'towsStrategy', s.tows_strategy_id, { code: s.tows_code, text: s.tows_text }),
  }));
}

function readPrograms(r: WorkspaceReader, planId: string, targets: WhyTargets): Program[] {
  const names = new Map(
    r
      .all<{ id: string; name: string }>(
        `SELECT id, name FROM actors WHERE id IN (
           SELECT lead_actor_id FROM plan_programs WHERE plan_id = ?
           UNION SELECT c.actor_id FROM plan_participants c JOIN plan_programs p ON p.id = c.program_id WHERE p.plan_id = ?)`,
        planId,
        planId,
      )
      .map((a) => [a.id, a.name]),
  );
  const links = programChildren<LinkRow>(r, 'plan_program_links', planId);
  const participants = programChildren<ParticipantRow>(r, 'plan_participants', planId);
  const activities = programChildren<ActivityRow>(r, 'plan_activities', planId);
  const indicators = programChildren<ProgramIndicatorRow>(r, 'plan_program_indicators', planId);
  const budget = programChildren<BudgetRow>(r, 'plan_budget_lines', planId);
  return r.all<ProgramRow>('SELECT * FROM plan_programs WHERE plan_id = ? ORDER BY position, id', planId).map((p) => {
    const lead = p.lead_actor_id !== null || p.lead_name.trim() !== '' ? actorRef(names, p.lead_actor_id, p.lead_name) : null;
    return {
      id: p.id,
      name: p.name,
      objective: p.objective,
      content: p.content,
      why: p.why,
      links: (links.get(p.id) ?? []).map((l) => whyRef(targets, l.kind, l.target_id, l)),
      leadActorId: p.lead_actor_id,
      leadName: lead?.name ?? p.lead_name,
      lead,
      participants: (participants.get(p.id) ?? []).map((c) => ({ id: c.id, ...actorRef(names, c.actor_id, c.name) })),
      activities: (activities.get(p.id) ?? []).map((a) => ({ id: a.id, name: a.name, start: a.start_month, end: a.end_month, output: a.output })),
      beneficiaries: p.beneficiaries,
      location: p.location,
      indicators: (indicators.get(p.id) ?? []).map((i) => ({ id: i.id, name: i.name, target: i.target, means: i.means })),
      budget: (budget.get(p.id) ?? []).map((b) => ({
        id: b.id,
        item: b.item,
        amount: b.amount,
        sourceId: b.source_id,
        activityId: b.activity_id,
        note: b.note,
      })),
      status: p.status,
      strategyId: p.strategy_id,
      area: p.area,
      assumptions: p.assumptions,
      templateKey: p.template_key,
    };
  });
}

/**
 * A cluster's plan, self-contained (`PlanDoc`): every reference resolved against the map and the
 * SWOT board as they are now, deleted ones kept with the name or text the plan last saw. Before
 * the first save it is the default header with no strategies or programs. clusterMissing when
 * there is no such cluster. A caller that already read the cluster's SWOT board passes its `targets`. Screens, checks, exports, the print document and frozen versions all
 * read the plan through this one function.
 */
export function readPlanDoc(r: WorkspaceReader, clusterId: string, targets: WhyTargets = readWhyTargets(r, clusterId)): PlanDoc {
  const clusterName = r.get<{ name: string }>('SELECT name FROM clusters WHERE id = ?', clusterId)!.name;
  const plan = getPlanRow(r, clusterId);
  return {
    clusterId,
    clusterName,
    header: readHeader(r, plan, clusterId),
    strategies: plan ? readStrategies(r, plan.id, targets) : [],
    programs: plan ? readPrograms(r, plan.id, targets) : [],
    funding: readFundingSources(r),
  };
}
