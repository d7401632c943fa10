import type { PlanArea } from '../codes';
import type { ActorRef, PlanDoc, WhyRef } from '../types';

/*
 * The plan's tables as rows, built once from a `PlanDoc` and read by every view: the screens,
 * the print document, the DOCX and the XLSX. Amounts are whole Rupiah; months are `YYYY-MM`.
 * Texts are the facilitator's own; headings and code names are catalog keys the caller words.
 */

/** JICA Table 5.1: one row per program — WHY, WHO, WHAT, schedule and budget. */
export interface Table51Row {
  programId: string;
  /** 1, 2, 3 … in the plan's order. */
  number: number;
  name: string;
  objective: string;
  why: string;
  whyRefs: WhyRef[];
  lead: ActorRef | null;
  participants: ActorRef[];
  activities: { id: string; name: string; start: string; end: string }[];
  /** The months the activities span, first to last; null without activities. */
  span: { start: string; end: string } | null;
  beneficiaries: string;
  location: string;
  budget: number;
}

/**
 * One row of the Matriks Rencana Aksi (the regional work-plan layout): a program row, then one row
 * per activity (kegiatan). Budget of an activity = the lines tied to it; lines tied to no activity
 * stay on the program row, whose `budget` is always the program's whole total.
 */
export interface ActionMatrixRow {
  level: 'program' | 'activity';
  programId: string;
  activityId: string | null;
  /** "1" for a program, "1.2" for its second activity. */
  number: string;
  name: string;
  /** Indicator(s) of performance with their targets (program rows; activities show their output). */
  indicators: { name: string; target: string }[];
  location: string;
  /** Pagu indikatif: the lines of this row (program row: all of the program's lines). */
  budget: number;
  /** Funding source ids with their amounts on this row, in the list's order. */
  sources: { sourceId: string; amount: number }[];
  /** Perangkat daerah penanggung jawab: the lead agency. */
  lead: ActorRef | null;
  start: string | null;
  end: string | null;
}

/** JICA's Project Design Matrix: narrative summary × indicators × means of verification × assumptions. */
export interface PdmRow {
  level: 'goal' | 'purpose' | 'output' | 'activity';
  programId: string | null;
  activityId: string | null;
  /** "1" for an output (a program), "1.2" for an activity. */
  number: string;
  summary: string;
  indicators: { name: string; target: string }[];
  means: string[];
  assumptions: string;
}

/** The PDM's plan of operation: each activity by month, with who leads it. */
export interface OperationRow {
  programId: string;
  activityId: string;
  number: string;
  name: string;
  start: string;
  end: string;
  lead: ActorRef | null;
  budget: number;
}

/** One bar of the Gantt: an activity within the plan year, clipped where it runs outside. */
export interface GanttRow {
  programId: string;
  activityId: string | null;
  /** A program row (summary bar over its activities) or an activity row. */
  level: 'program' | 'activity';
  number: string;
  name: string;
  /** 1–12 within the plan year after clipping; null when wholly outside the year (or no activities). */
  from: number | null;
  to: number | null;
  /** The real months run before January or after December of the plan year. */
  before: boolean;
  after: boolean;
  start: string | null;
  end: string | null;
}

/** Budget totals, every amount in whole Rupiah. */
export interface BudgetTotals {
  total: number;
  /** Per funding source in the list's order, sources with no line left out. `share` is 0–1. */
  bySource: { sourceId: string; amount: number; share: number }[];
  /** Per program in the plan's order (every program, zero included). */
  byProgram: { programId: string; number: number; name: string; amount: number; share: number }[];
  /** Per determinant / social capital, programs with no area under `area: null`. */
  byArea: { area: PlanArea | null; amount: number; share: number }[];
  /** Program × source cross-table: `cells[programId][sourceId]`. */
  cells: Record<string, Record<string, number>>;
}

export type { PlanDoc };
