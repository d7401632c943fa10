import { leadChecks } from './checks/leadChecks';
import { programChecks } from './checks/programChecks';
import { strategyChecks } from './checks/strategyChecks';
import type { PlanContext, PlanDoc } from './types';

/** Where a check points: the program (and row) or 3-year strategy the facilitator should open. */
export interface PlanCheckTarget {
  section: 'header' | 'strategy' | 'program';
  /** The strategy or program; null for the 3-year plan as a whole (e.g. a TOWS strategy to take up). */
  id: string | null;
  /** The field or row inside it, e.g. `lead`, `activities.<id>`, `links.<targetId>`, `budget`, `tows.<towsId>`. */
  field: string | null;
}

/**
 * What the checks find, each worded by the catalog key `planChecks.<code>`:
 * - `noLead`, `noActivities`, `noBudget` (no lines, or all of them 0): a program not yet whole;
 * - `activityOutsideYear`: an activity running before January or after December of the plan year;
 * - `strategyWithoutProgram`: a 3-year strategy no program serves;
 * - `leadOverloaded`: an agency leading more programs than the plan allows (`header.leadLoadMax`);
 * - `leadPeripheral`: a lead with at most one tie on the cluster's map; `leadNotOnMap`: a lead
 *   picked from the actors but not on this cluster's map;
 * - `leadDeleted`, `linkDeleted`: a lead, WHY link or TOWS link whose record was deleted;
 * - `towsWithoutProgram` (info): a TOWS strategy neither a 3-year strategy nor a program cites.
 */
export const planCheckCodes = [
  'noLead',
  'noActivities',
  'noBudget',
  'activityOutsideYear',
  'strategyWithoutProgram',
  'leadOverloaded',
  'leadPeripheral',
  'leadNotOnMap',
  'leadDeleted',
  'linkDeleted',
  'towsWithoutProgram',
] as const;
export type PlanCheckCode = (typeof planCheckCodes)[number];

/**
 * A warning about the plan, never a block. `key` is a catalog key under `planChecks.`, `params`
 * its values: `program`, `activity`, `strategy`, `lead` (names, clipped to a line), `code` (S1,
 * SO2), `count`, `max`, `ties`, `year`, and for months `start` / `end` (`YYYY-MM`) with `months`
 * holding them as plain text — word them with `wordCheckParams` before showing.
 */
export interface PlanCheck {
  code: PlanCheckCode;
  severity: 'warning' | 'info';
  key: string;
  params: Record<string, string | number>;
  target: PlanCheckTarget;
}

/**
 * Everything worth a second look before the plan goes to the forum: the 3-year strategies first
 * (in plan order, then the TOWS strategies not taken up, in board order), then each program in
 * plan order — its WHY links, its lead, its activities, its budget. Pure and quick, so the list
 * can be rebuilt on every change.
 */
export function checkPlan(doc: PlanDoc, context: PlanContext): PlanCheck[] {
  const leads = leadChecks(doc, context);
  return [...strategyChecks(doc, context), ...doc.programs.flatMap((p) => programChecks(p, doc.header.year, leads.get(p.id) ?? []))];
}

export type { PlanContext, PlanDoc };
