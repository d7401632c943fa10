import { determinants } from '../selection/codes';
import type { Determinant } from '../selection/codes';

/**
 * Coded values of the plan (issue 9). Names are catalog keys `plan.codes.<list>.<value>`;
 * migration 5 writes the same lists out literally.
 */

/** What a vision target, a 3-year strategy or a program serves: a diamond determinant or social capital. */
export const planAreas = determinants;
export type PlanArea = Determinant;

/** Where a program stands. */
export const programStatuses = ['draft', 'planned', 'ongoing', 'done', 'postponed', 'cancelled'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

/**
 * The funding sources every new workspace starts with, in the order JICA advises paying
 * (the SMEs' own money first, then the cluster forum, then government budgets). Stored as
 * rows `fs-<key>` that the facilitator may rename, reorder, extend or delete.
 */
export const builtinFundingSources = [
  'swadaya',
  'clusterForum',
  'apbdKabupaten',
  'apbdProvinsi',
  'apbn',
  'danaDesa',
  'csr',
  'bankCredit',
  'donor',
  'other',
] as const;
export type BuiltinFundingSource = (typeof builtinFundingSources)[number];

/** A program's WHY cites SWOT items or TOWS strategies of its cluster. */
export const whyLinkKinds = ['swotItem', 'towsStrategy'] as const;
export type WhyLinkKind = (typeof whyLinkKinds)[number];

/** The two approval blocks of an Indonesian official document. */
export const approvalHeadings = ['mengetahui', 'menyetujui'] as const;
export type ApprovalHeading = (typeof approvalHeadings)[number];

/** Paper for the forum document: A4, or F4 / Folio (215 × 330 mm), which Indonesian offices also use. */
export const paperSizes = ['a4', 'f4'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** Paper in millimetres, portrait. */
export const paperMm: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  f4: { width: 215, height: 330 },
};

/** The margins official documents use, in millimetres. */
export const officialMarginsMm = { left: 30, right: 20, top: 20, bottom: 25 } as const;

/** What a printed document holds: the forum plan, or a one-page cluster profile for meetings. */
export const printDocuments = ['plan', 'profile'] as const;
export type PrintDocument = (typeof printDocuments)[number];

/** A lead agency with more programs than this is flagged, unless the plan says otherwise. */
export const DEFAULT_LEAD_LOAD_MAX = 3;

/** The largest amount one budget line may hold: Rp 1 trillion is far beyond any cluster program. */
export const AMOUNT_MAX = 1_000_000_000_000;
