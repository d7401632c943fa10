import { z } from 'zod';
import { NAME_MAX } from '../clusters/limits';
import { AMOUNT_MAX, approvalHeadings, planAreas, programStatuses, whyLinkKinds } from './codes';

/*
 * What the facilitator writes in a plan (issue 9), as the API takes it. One cluster has one plan
 * (its draft); frozen versions are copies of it (`PlanDoc`). A plan is saved in three kinds of
 * pieces, each one call and one undo step: the header (vision, targets, PDM summary, approvals),
 * a 3-year strategy with its indicators, and a 1-year program with everything inside it.
 * Rows inside a piece carry ids the client makes, so a save never duplicates a row.
 * Messages are catalog keys (`validation.*`, `plan.validation.*`).
 */

export const TITLE_MAX = 300;
export const TEXT_MAX = 4_000;
export const SHORT_MAX = 500;
export const ROWS_MAX = 200;
export const BUDGET_LINES_MAX = 500;

const rowId = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'validation.required' });
const year = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.integer' })
  .min(2000, { message: 'plan.validation.year' })
  .max(2100, { message: 'plan.validation.year' });
/** A month as `YYYY-MM`. */
export const monthSchema = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { message: 'plan.validation.month' });
/** A calendar date as `YYYY-MM-DD`. */
const dateSchema = z.iso.date({ message: 'validation.date' });
const measure = z.number({ message: 'validation.number' }).finite().min(-1e12).max(1e12, { message: 'validation.tooLarge' }).nullable();

/** A long-term target of the vision, tied to a determinant or social capital. */
export const visionTargetSchema = z.object({ id: rowId, text: requiredText(SHORT_MAX), area: z.enum(planAreas), target: text(SHORT_MAX) }).strict();
export type VisionTarget = z.infer<typeof visionTargetSchema>;

/** One signature block: "Mengetahui, Kepala Dinas …, (name), NIP …". */
export const approvalSchema = z
  .object({
    id: rowId,
    heading: z.enum(approvalHeadings),
    title: text(SHORT_MAX),
    name: text(NAME_MAX),
    /** Civil servant number where given: digits and spaces only (18 digits in practice). */
    nip: z
      .string()
      .trim()
      .max(30)
      .regex(/^[\d ]*$/, { message: 'plan.validation.nip' }),
  })
  .strict();
export type Approval = z.infer<typeof approvalSchema>;

export const planHeaderFieldsSchema = z
  .object({
    /** The program the plan belongs to, as the cover names it. */
    title: text(TITLE_MAX),
    facilitator: text(NAME_MAX),
    institution: text(SHORT_MAX),
    /** The place on the place-and-date line ("Kebumen, 28 November 2026"). */
    place: text(NAME_MAX),
    documentDate: dateSchema.nullable(),
    /** The year of the 1-year action programs. */
    year,
    /** The first year of the 3-year medium plan. */
    mediumStart: year,
    /** The year the 10-year vision looks to. */
    visionYear: year,
    vision: text(TEXT_MAX),
    targets: z.array(visionTargetSchema).max(ROWS_MAX),
    /** The PDM's overall goal, project purpose and important assumptions. */
    goal: text(TEXT_MAX),
    purpose: text(TEXT_MAX),
    assumptions: text(TEXT_MAX),
    /** A lead agency with more programs than this is flagged by the checks. */
    leadLoadMax: z.number().int().min(1).max(50),
    approvals: z.array(approvalSchema).max(6),
  })
  .strict();
export type PlanHeaderFields = z.infer<typeof planHeaderFieldsSchema>;

/** An indicator of the 3-year plan: baseline and a target for each of the three years. */
export const strategyIndicatorSchema = z
  .object({
    id: rowId,
    name: requiredText(SHORT_MAX),
    unit: text(100),
    baseline: measure,
    targets: z.tuple([measure, measure, measure]),
  })
  .strict();
export type StrategyIndicator = z.infer<typeof strategyIndicatorSchema>;

/** A strategy of the 3-year medium plan, written here or taken from a TOWS strategy (the link is kept). */
export const mediumStrategySchema = z
  .object({
    id: rowId,
    text: requiredText(TEXT_MAX),
    objective: text(TEXT_MAX),
    area: z.enum(planAreas).nullable(),
    towsStrategyId: rowId.nullable(),
    indicators: z.array(strategyIndicatorSchema).max(ROWS_MAX),
  })
  .strict();
export type MediumStrategyInput = z.infer<typeof mediumStrategySchema>;

/** WHY: a SWOT item or TOWS strategy of the cluster the program answers. */
export const whyLinkSchema = z.object({ kind: z.enum(whyLinkKinds), targetId: rowId }).strict();
export type WhyLink = z.infer<typeof whyLinkSchema>;

/** WHO: an actor from the cluster's map, or a name typed for someone not on it. */
export const participantSchema = z.object({ id: rowId, actorId: rowId.nullable(), name: requiredText(NAME_MAX) }).strict();
export type ParticipantInput = z.infer<typeof participantSchema>;

/** WHAT: one activity with its months; the end is never before the start. */
export const activitySchema = z
  .object({ id: rowId, name: requiredText(SHORT_MAX), start: monthSchema, end: monthSchema, output: text(SHORT_MAX) })
  .strict()
  .refine((a) => a.end >= a.start, { message: 'plan.validation.endBeforeStart', path: ['end'] });
export type ActivityInput = z.infer<typeof activitySchema>;

/** An indicator of a program with its target and how it will be verified (the PDM's columns). */
export const programIndicatorSchema = z.object({ id: rowId, name: requiredText(SHORT_MAX), target: text(SHORT_MAX), means: text(SHORT_MAX) }).strict();
export type ProgramIndicatorInput = z.infer<typeof programIndicatorSchema>;

/** A budget line in whole Rupiah, paid from one funding source, optionally for one activity. */
export const budgetLineSchema = z
  .object({
    id: rowId,
    item: requiredText(SHORT_MAX),
    // The range first: its message is the one shown, and 1e20 is "absurd" before it is "not whole"
    // (past 2^53 no number counts as an integer).
    amount: z
      .number({ message: 'validation.number' })
      .min(0, { message: 'plan.validation.amountNegative' })
      .max(AMOUNT_MAX, { message: 'plan.validation.amountAbsurd' })
      .int({ message: 'validation.wholeRupiah' }),
    sourceId: rowId,
    activityId: rowId.nullable(),
    note: text(SHORT_MAX),
  })
  .strict();
export type BudgetLineInput = z.infer<typeof budgetLineSchema>;

/** A 1-year action program, saved whole: WHY, WHO, WHAT, indicators and budget. */
export const programSchema = z
  .object({
    id: rowId,
    name: requiredText(TITLE_MAX),
    objective: text(TEXT_MAX),
    content: text(TEXT_MAX),
    /** WHY in words: the need the program answers. */
    why: text(TEXT_MAX),
    links: z.array(whyLinkSchema).max(ROWS_MAX),
    /** The agency that takes the initiative: an actor on the map, or a typed name (or none yet). */
    leadActorId: rowId.nullable(),
    leadName: text(NAME_MAX),
    participants: z.array(participantSchema).max(ROWS_MAX),
    activities: z.array(activitySchema).max(ROWS_MAX),
    beneficiaries: text(SHORT_MAX),
    /** Down to the village: "Desa Kedawung, Kec. Pejagoan". */
    location: text(SHORT_MAX),
    indicators: z.array(programIndicatorSchema).max(ROWS_MAX),
    budget: z.array(budgetLineSchema).max(BUDGET_LINES_MAX),
    status: z.enum(programStatuses),
    /** The 3-year strategy it serves, and the determinant it strengthens (for the budget by determinant). */
    strategyId: rowId.nullable(),
    area: z.enum(planAreas).nullable(),
    /** The PDM's important assumptions for this program. */
    assumptions: text(TEXT_MAX),
    /** The template it started from, if any (kept to show where it came from). */
    templateKey: z.string().max(64).nullable(),
  })
  .strict();
export type ProgramInput = z.infer<typeof programSchema>;

/** A funding source as the editable list holds it; a built-in one has a key and may be renamed. */
export const fundingSourceFieldsSchema = z.object({ id: rowId, name: text(NAME_MAX) }).strict();
export type FundingSourceFields = z.infer<typeof fundingSourceFieldsSchema>;

export const versionLabelSchema = requiredText(NAME_MAX);
