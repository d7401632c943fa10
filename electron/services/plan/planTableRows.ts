import type { ApprovalHeading, BuiltinFundingSource, PlanArea, ProgramStatus, WhyLinkKind } from '../../../shared/domain/plan/codes';

/* The plan's tables (migration 5) as SQLite returns their rows. */

export interface PlanRow {
  id: string;
  title: string;
  facilitator: string;
  institution: string;
  place: string;
  document_date: string | null;
  year: number;
  medium_start: number;
  vision_year: number;
  vision: string;
  goal: string;
  purpose: string;
  assumptions: string;
  lead_load_max: number;
  created_at: string;
  updated_at: string;
}

export interface TargetRow {
  id: string;
  plan_id: string;
  position: number;
  text: string;
  area: PlanArea;
  target: string;
}

export interface ApprovalRow {
  id: string;
  plan_id: string;
  position: number;
  heading: ApprovalHeading;
  title: string;
  name: string;
  nip: string;
}

export interface StrategyRow {
  id: string;
  plan_id: string;
  position: number;
  text: string;
  objective: string;
  area: PlanArea | null;
  tows_strategy_id: string | null;
  tows_code: string;
  tows_text: string;
  created_at: string;
  updated_at: string;
}

export interface StrategyIndicatorRow {
  id: string;
  strategy_id: string;
  position: number;
  name: string;
  unit: string;
  baseline: number | null;
  target1: number | null;
  target2: number | null;
  target3: number | null;
}

export interface ProgramRow {
  id: string;
  plan_id: string;
  position: number;
  name: string;
  objective: string;
  content: string;
  why: string;
  lead_actor_id: string | null;
  lead_name: string;
  beneficiaries: string;
  location: string;
  status: ProgramStatus;
  strategy_id: string | null;
  area: PlanArea | null;
  assumptions: string;
  template_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface LinkRow {
  id: string;
  program_id: string;
  position: number;
  kind: WhyLinkKind;
  target_id: string;
  code: string;
  text: string;
}

export interface ParticipantRow {
  id: string;
  program_id: string;
  position: number;
  actor_id: string | null;
  name: string;
}

export interface ActivityRow {
  id: string;
  program_id: string;
  position: number;
  name: string;
  start_month: string;
  end_month: string;
  output: string;
}

export interface ProgramIndicatorRow {
  id: string;
  program_id: string;
  position: number;
  name: string;
  target: string;
  means: string;
}

export interface BudgetRow {
  id: string;
  program_id: string;
  position: number;
  item: string;
  amount: number;
  source_id: string;
  activity_id: string | null;
  note: string;
}

export interface FundingRow {
  id: string;
  key: BuiltinFundingSource | null;
  name: string;
  position: number;
}

export interface VersionRow {
  id: string;
  plan_id: string;
  label: string;
  frozen_at: string;
  programs: number;
  total: number;
  doc: string;
}

/** The id of a WHY link row: a program cites a record once (the table's CHECK says the same). */
export const whyLinkId = (programId: string, kind: WhyLinkKind, targetId: string) => `${programId}/${kind}/${targetId}`;
