import type { PlanHeaderFields } from '../../../shared/domain/plan/schemas';
import type { Row, RowWriter } from '../workspace/RowWriter';
import { getPlanRow, readPlanHeaderDefaults } from './readPlanDoc';
import type { PlanRow } from './planTableRows';
import { positioned, syncRows, updateChanged } from './syncRows';

/** The `plans` columns of the header's fields (targets and approvals are rows of their own). */
function headerColumns(f: PlanHeaderFields): Row {
  return {
    title: f.title,
    facilitator: f.facilitator,
    institution: f.institution,
    place: f.place,
    document_date: f.documentDate,
    year: f.year,
    medium_start: f.mediumStart,
    vision_year: f.visionYear,
    vision: f.vision,
    goal: f.goal,
    purpose: f.purpose,
    assumptions: f.assumptions,
    lead_load_max: f.leadLoadMax,
  };
}

/** Makes the plan's targets and approvals exactly those of `fields`; returns whether any changed. */
function syncHeaderRows(w: RowWriter, planId: string, f: PlanHeaderFields): boolean {
  const targets = syncRows(
    w,
    'plan_targets',
    'plan_id',
    planId,
    positioned(f.targets, (t) => ({ id: t.id, text: t.text, area: t.area, target: t.target })),
  );
  const approvals = syncRows(
    w,
    'plan_approvals',
    'plan_id',
    planId,
    positioned(f.approvals, (a) => ({ id: a.id, heading: a.heading, title: a.title, name: a.name, nip: a.nip })),
  );
  return targets || approvals;
}

/** What an imported plan keeps: its timestamps. */
export interface StoredPlan {
  createdAt: string;
  updatedAt: string;
}

/** Writes a new plan row with its header rows. The caller checks the cluster. */
export function insertPlan(w: RowWriter, clusterId: string, fields: PlanHeaderFields, stored: StoredPlan): void {
  w.insert('plans', { id: clusterId, ...headerColumns(fields), created_at: stored.createdAt, updated_at: stored.updatedAt });
  syncHeaderRows(w, clusterId, fields);
}

/** The cluster's plan row, created with the default header when this is the plan's first piece. The caller checks the cluster. */
export function ensurePlan(w: RowWriter, clusterId: string): PlanRow {
  const plan = getPlanRow(w, clusterId);
  if (plan) return plan;
  const now = new Date().toISOString();
  insertPlan(w, clusterId, readPlanHeaderDefaults(w, clusterId), { createdAt: now, updatedAt: now });
  return getPlanRow(w, clusterId)!;
}

/** Marks the plan changed now (a strategy, program or header row changed). */
export function touchPlan(w: RowWriter, clusterId: string): void {
  w.update('plans', clusterId, { updated_at: new Date().toISOString() });
}

/** Saves the header: only the columns and rows that differ are written; the same fields again write nothing. */
export function saveHeader(w: RowWriter, clusterId: string, fields: PlanHeaderFields): void {
  const plan = ensurePlan(w, clusterId);
  updateChanged(w, 'plans', plan, headerColumns(fields), syncHeaderRows(w, clusterId, fields));
}
