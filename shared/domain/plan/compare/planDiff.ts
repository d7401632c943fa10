import type { Activity, ActorRef, BudgetLine, FundingSource, MediumStrategy, Program } from '../types';
import type { Approval, StrategyIndicator, VisionTarget } from '../schemas';

/*
 * What changed between two versions of a plan — typically the version frozen for the forum
 * (`before`) and the draft still being edited (`after`). Records are matched by id, so a renamed
 * program is "changed", not "removed and added". The order of programs and rows is not compared.
 */

/** A value before and after. */
export interface Change<T> {
  from: T;
  to: T;
}

/** Rows matched by id: only in `after`, only in `before`, and in both with the named fields differing. */
export interface RowsDiff<T, F extends string = string> {
  added: T[];
  removed: T[];
  changed: { id: string; before: T; after: T; fields: F[] }[];
}

/** The header fields compared one by one (targets and approvals are compared as rows). */
export const headerDiffFields = [
  'title',
  'facilitator',
  'institution',
  'place',
  'documentDate',
  'year',
  'mediumStart',
  'visionYear',
  'vision',
  'goal',
  'purpose',
  'assumptions',
  'leadLoadMax',
] as const;
export type HeaderDiffField = (typeof headerDiffFields)[number];

export interface HeaderDiff {
  /** Each changed field with its old and new value, in the order of `headerDiffFields`. */
  fields: ({ field: HeaderDiffField } & Change<string | number | null>)[];
  /** The vision's long-term targets (fields: text, area, target). */
  targets: RowsDiff<VisionTarget, 'text' | 'area' | 'target'>;
  /** The approval blocks (fields: heading, title, name, nip). */
  approvals: RowsDiff<Approval, 'heading' | 'title' | 'name' | 'nip'>;
}

/** The fields of a 3-year strategy compared one by one. */
export const strategyDiffFields = ['text', 'objective', 'area', 'towsStrategyId'] as const;
export type StrategyDiffField = (typeof strategyDiffFields)[number];

/** A 3-year strategy in both versions with something changed. */
export interface StrategyChange {
  id: string;
  before: MediumStrategy;
  after: MediumStrategy;
  fields: StrategyDiffField[];
  indicators: RowsDiff<StrategyIndicator, 'name' | 'unit' | 'baseline' | 'targets'>;
}

/**
 * The fields of a program compared as a whole (lead, activities and budget are told in detail):
 * WHY links by what they cite, participants by actor (or name when typed), indicators as rows.
 */
export const programDiffFields = [
  'name',
  'objective',
  'content',
  'why',
  'links',
  'participants',
  'beneficiaries',
  'location',
  'indicators',
  'status',
  'strategyId',
  'area',
  'assumptions',
] as const;
export type ProgramDiffField = (typeof programDiffFields)[number];

/** How much one funding source changed; `source` as `after` names it (else `before`), null once unknown to both. */
export interface SourceDelta extends Change<number> {
  sourceId: string;
  source: FundingSource | null;
  delta: number;
}

/** A program in both versions with something changed. */
export interface ProgramChange {
  id: string;
  before: Program;
  after: Program;
  fields: ProgramDiffField[];
  /** The lead agency, when another one leads now (compared by actor, or by name when typed). */
  lead: Change<ActorRef | null> | null;
  /** Activities; a changed one lists `start` / `end` when its months moved. */
  activities: RowsDiff<Activity, 'name' | 'start' | 'end' | 'output'>;
  /** Budget lines, each by its id. */
  budgetLines: RowsDiff<BudgetLine, 'item' | 'amount' | 'sourceId' | 'activityId' | 'note'>;
  /** The program's total, when it changed. */
  budget: Change<number> | null;
  /** Per funding source, those whose amount changed, in the list's order. */
  bySource: SourceDelta[];
}

/** Everything that differs between two versions of a plan; see `changeCount` for a single number. */
export interface PlanDiff {
  header: HeaderDiff;
  strategies: { added: MediumStrategy[]; removed: MediumStrategy[]; changed: StrategyChange[] };
  programs: { added: Program[]; removed: Program[]; changed: ProgramChange[] };
  /** The plan's whole budget before and after (equal when unchanged). */
  total: Change<number>;
  /** The whole plan's amount per funding source, those that changed, in the list's order. */
  bySource: SourceDelta[];
}
