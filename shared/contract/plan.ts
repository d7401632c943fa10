import { z } from 'zod';
import { defineCall } from './defineCall';
import type { ExportedFile } from './stakeholders';
import { idSchema } from '../domain/clusters/schemas';
import { paperSizes, printDocuments } from '../domain/plan/codes';
import { fundingSourceFieldsSchema, mediumStrategySchema, planHeaderFieldsSchema, programSchema, versionLabelSchema } from '../domain/plan/schemas';
import type { FundingSource, PlanSummary, PlanVersion, PlanView } from '../domain/plan/types';

const clusterId = idSchema;
const lang = z.enum(['id', 'en']);
const printOptions = { clusterId, lang, paper: z.enum(paperSizes), what: z.enum(printDocuments) };

/** The print document as HTML for the in-app preview, and how many pages Chromium made of it (when printed). */
export interface PrintPreview {
  html: string;
  fileName: string;
}

/**
 * The cluster plan (issue 9): vision, 3-year plan, 1-year action programs, versions and the forum
 * documents. Every write is one undo step and answers with the whole plan view.
 */
export const planCalls = {
  'plan.list': defineCall<PlanSummary[]>()(z.object({}).strict()),
  'plan.get': defineCall<PlanView>()(z.object({ clusterId }).strict()),
  /** Vision, targets, PDM summary, cover and approvals. Typing merges into one step per plan. */
  'plan.header.save': defineCall<PlanView>()(z.object({ clusterId, fields: planHeaderFieldsSchema }).strict()),

  /** Creates or replaces a 3-year strategy with its indicators (its id is the client's). */
  'plan.strategies.save': defineCall<PlanView>()(z.object({ clusterId, strategy: mediumStrategySchema }).strict()),
  /** Deletes a strategy; programs serving it keep going, no longer tied to it. */
  'plan.strategies.delete': defineCall<PlanView>()(z.object({ id: idSchema }).strict()),
  'plan.strategies.move': defineCall<PlanView>()(z.object({ id: idSchema, position: z.number().int().min(0) }).strict()),

  /** Creates or replaces a 1-year program with its links, participants, activities, indicators and budget. */
  'plan.programs.save': defineCall<PlanView>()(z.object({ clusterId, program: programSchema }).strict()),
  'plan.programs.delete': defineCall<PlanView>()(z.object({ id: idSchema }).strict()),
  'plan.programs.move': defineCall<PlanView>()(z.object({ id: idSchema, position: z.number().int().min(0) }).strict()),

  /** The workspace's editable list of funding sources. */
  'plan.funding.list': defineCall<FundingSource[]>()(z.object({}).strict()),
  /** Creates (a new id) or renames a source; a built-in source renamed to "" takes its catalog name again. */
  'plan.funding.save': defineCall<FundingSource[]>()(z.object({ source: fundingSourceFieldsSchema }).strict()),
  /** Refused (`fundingSourceInUse`) while a budget line uses it. */
  'plan.funding.delete': defineCall<FundingSource[]>()(z.object({ id: idSchema }).strict()),
  'plan.funding.move': defineCall<FundingSource[]>()(z.object({ id: idSchema, position: z.number().int().min(0) }).strict()),

  /** Freezes the draft as it is now (e.g. "Diajukan ke forum 12 Jan 2027"); the draft stays editable. */
  'plan.versions.freeze': defineCall<PlanView>()(z.object({ clusterId, label: versionLabelSchema }).strict()),
  'plan.versions.get': defineCall<PlanVersion>()(z.object({ id: idSchema }).strict()),
  'plan.versions.delete': defineCall<PlanView>()(z.object({ id: idSchema }).strict()),

  /** The print document (forum plan or one-page profile) as HTML, for the preview. */
  'plan.preview': defineCall<PrintPreview>()(z.object(printOptions).strict()),
  /** The forum plan as PDF (printed by Chromium) or editable DOCX, the plan's tables as XLSX, or the profile as PDF. */
  'plan.export': defineCall<ExportedFile>()(z.object({ ...printOptions, format: z.enum(['pdf', 'docx', 'xlsx']) }).strict()),
};

export type PlanCallName = keyof typeof planCalls;
