import type { Quadrant, StrategyKind } from '../swot/codes';
import type { BuiltinFundingSource, ProgramStatus } from './codes';
import type { ActivityInput, BudgetLineInput, MediumStrategyInput, PlanHeaderFields, ProgramIndicatorInput, ProgramInput, WhyLink } from './schemas';

/*
 * A plan as the screens, the checks, the exports and frozen versions read it: every reference
 * resolved to what a reader needs (names, S1 / SO2 codes, texts), so a frozen version or a
 * printed plan stands on its own after the map or the SWOT changes. A reference whose record was
 * deleted keeps the name it had and says `deleted: true`.
 */

/** An actor named in the plan: on the map (`actorId`) or typed (`actorId` null). */
export interface ActorRef {
  actorId: string | null;
  name: string;
  /** The actor was on the map once and has since been deleted; `name` is the one it had. */
  deleted: boolean;
}

/** A SWOT item or TOWS strategy the plan cites, with its code (S1, SO2) and text. */
export interface WhyRef extends WhyLink {
  code: string;
  text: string;
  deleted: boolean;
}

export interface PlanHeader extends PlanHeaderFields {
  updatedAt: string | null;
}

export interface MediumStrategy extends MediumStrategyInput {
  /** The TOWS strategy it was taken from, resolved; null when written here. */
  tows: WhyRef | null;
}

export type Activity = ActivityInput;
export type ProgramIndicator = ProgramIndicatorInput;
export type BudgetLine = BudgetLineInput;

export interface Program extends Omit<ProgramInput, 'links' | 'participants'> {
  links: WhyRef[];
  participants: (ActorRef & { id: string })[];
  lead: ActorRef | null;
  status: ProgramStatus;
}

export interface FundingSource {
  id: string;
  /** Set for the ten built-in sources; their name is the catalog's unless renamed. */
  key: BuiltinFundingSource | null;
  /** The name the facilitator gave it; empty for a built-in source not renamed. */
  name: string;
  position: number;
}

/** Everything a plan says, self-contained: what a frozen version stores and every export reads. */
export interface PlanDoc {
  clusterId: string;
  clusterName: string;
  header: PlanHeader;
  strategies: MediumStrategy[];
  programs: Program[];
  /** The funding sources as they were named when this copy was made. */
  funding: FundingSource[];
}

export interface PlanVersionMeta {
  id: string;
  label: string;
  frozenAt: string;
  programs: number;
  total: number;
}

export interface PlanVersion extends PlanVersionMeta {
  doc: PlanDoc;
}

/** What the plan screens pick from: the cluster's map, SWOT and TOWS. */
export interface PlanContext {
  /** Actors on the cluster's map, with their number of ties there (the checks flag the periphery). */
  actors: { id: string; name: string; kind: string; ties: number }[];
  swotItems: { id: string; code: string; quadrant: Quadrant; text: string }[];
  towsStrategies: { id: string; code: string; kind: StrategyKind; text: string }[];
}

/** The plan screen's whole state: the draft, its versions and what it can link to. */
export interface PlanView extends PlanDoc {
  /** False until the first save: the header then holds defaults. */
  exists: boolean;
  versions: PlanVersionMeta[];
  context: PlanContext;
}

/** One row of the plans list. */
export interface PlanSummary {
  clusterId: string;
  clusterName: string;
  title: string;
  year: number;
  programs: number;
  total: number;
  versions: number;
  updatedAt: string | null;
}
