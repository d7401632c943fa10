import type { Cluster } from '../../../../shared/domain/clusters/schemas';
import type { PlanArea } from '../../../../shared/domain/plan/codes';
import type { PlanDoc } from '../../../../shared/domain/plan/types';
import {
  type ActionMatrixRow,
  type BudgetTotals,
  type GanttRow,
  type OperationRow,
  type PdmRow,
  type Table51Row,
  actionMatrixRows,
  budgetTotals,
  ganttRows,
  operationRows,
  pdmRows,
  table51Rows,
} from '../../../../shared/domain/plan/views';
import type { DeterminantResult } from '../../../../shared/domain/selection/results/types';
import type { ActorKind, MatrixValue, Role, Sector } from '../../../../shared/domain/stakeholders/codes';
import type { Quadrant, StrategyKind } from '../../../../shared/domain/swot/codes';
import { getCluster, getProgram } from '../../clusters/clusterRepository';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import { readPlanDoc } from '../readPlanDoc';
import { printClusterFacts } from './printClusterFacts';
import { printMap } from './printMap';
import { printMatrix } from './printMatrix';
import { printSelection } from './printSelection';
import { printSwot } from './printSwot';
import { printLocales, printWords } from './printWords';

/*
 * Everything a forum document shows, read once from the workspace and resolved to plain data in
 * one language: the HTML print document (PDF and preview) and the DOCX writer both read this, so
 * the two never disagree. Amounts stay numbers (each writer formats them); names of coded values
 * that the facilitator may rename (funding sources) are resolved here. A section with nothing to
 * show is `null` (or an empty list) and the documents leave it out.
 */

export type PrintLang = 'id' | 'en';

/** One labelled fact of the cluster profile, worded and formatted in the model's language. */
export interface PrintFact {
  /** The field (`location`, `sector`, `enterprises` …): lets a writer pick facts for the one-page profile. */
  key: string;
  label: string;
  value: string;
}

/** An actor of the map among the most connected: what the key actors table shows. */
export interface PrintKeyActor {
  actorId: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  role: Role | null;
  /** '' when the actor has no role. */
  roleLabel: string;
  sector: Sector;
  sectorLabel: string;
  insideCluster: boolean;
  /** Actors it is tied to on this map. */
  ties: number;
  /** Normalised betweenness, 0–1 (how much it bridges the others). */
  betweenness: number;
}

export interface PrintMap {
  /** A standalone SVG from `mapToSvg` (all user text escaped there): the one trusted markup string. */
  svg: string;
  actors: number;
  ties: number;
  /** At most KEY_ACTORS_MAX actors, most ties first, then most bridging, then by name. */
  keyActors: PrintKeyActor[];
}

export interface PrintSwotItem {
  id: string;
  /** S1, W2, O1, T3 … as the board cites them. */
  code: string;
  quadrant: Quadrant;
  text: string;
  determinant: PlanArea | null;
  evidence: string;
  dots: number;
}

export interface PrintTowsStrategy {
  id: string;
  /** SO1, WT2 … */
  code: string;
  kind: StrategyKind;
  text: string;
  /** Codes of the SWOT items behind it (S1, O2). */
  itemCodes: string[];
}

export interface PrintSwot {
  /** In quadrant order, then board order. */
  items: PrintSwotItem[];
  strategies: PrintTowsStrategy[];
  /** Participants who gave dots, and the dots each could give. */
  voters: number;
  dotsPerVoter: number;
}

/** One candidate of the cluster's group, as Table 3.1 prints it. */
export interface PrintSelectionRow {
  clusterId: string;
  name: string;
  /** Per enabled dimension, in the rubric's order (same order as `PrintSelection.dimensions`). */
  scores: { score: number; max: number }[];
  total: number;
  max: number;
  /** Weighted share of the maximum to one decimal, 0–100; null when unrated. */
  percent: number | null;
  rankInGroup: number;
  selected: boolean;
  /** The result rests on missing scores. */
  restsOnMissing: boolean;
  /** The cluster this document is about. */
  current: boolean;
}

export interface PrintSelection {
  sessionName: string;
  /** YYYY-MM-DD, or null when the session has no date. */
  heldOn: string | null;
  groupName: string;
  /** The rubric's note on what it rests on (e.g. that JICA published only totals); '' when none. */
  rubricNote: string;
  /** Enabled dimensions in rubric order. */
  dimensions: { id: string; name: string }[];
  /** The group's candidates by rank. */
  rows: PrintSelectionRow[];
  /** The cluster's scores per determinant: the diamond radar's axes. */
  determinants: DeterminantResult[];
}

export interface PrintMatrix {
  /** The actors with at least one cell, in name order (names as the map has them now). */
  actors: { id: string; name: string }[];
  rows: { id: string; label: string; cells: Record<string, MatrixValue> }[];
}

/** The plan's tables, built by the shared row builders (`shared/domain/plan/views`). */
export interface PrintRows {
  table51: Table51Row[];
  actionMatrix: ActionMatrixRow[];
  pdm: PdmRow[];
  operation: OperationRow[];
  gantt: GanttRow[];
  budget: BudgetTotals;
}

export interface PrintModel {
  lang: PrintLang;
  /** The BCP 47 locale of `lang` (id-ID, en-GB) for numbers. */
  locale: string;
  /** The workspace's program; null when it has no name. */
  program: { name: string; institution: string; facilitator: string; regency: string; province: string } | null;
  cluster: Cluster;
  /** The profile's facts in order; fields left empty are not listed. */
  facts: PrintFact[];
  plan: PlanDoc;
  rows: PrintRows;
  /** Each funding source's name in this language (a renamed built-in source keeps its new name). */
  fundingNames: Record<string, string>;
  /** The plan's whole total, spelled out ("satu juta dua ratus lima puluh ribu rupiah"). */
  totalInWords: string;
  /** Null when the cluster has no map (no actors placed). */
  map: PrintMap | null;
  /** Null when the cluster has no SWOT items. */
  swot: PrintSwot | null;
  /** The most recently changed scoring session that has results for the cluster; null when none. */
  selection: PrintSelection | null;
  /** Null when the cluster's responsibility matrix has no rows. */
  matrix: PrintMatrix | null;
  /** The facilitator and institution of the cover: the plan's, else the program's. */
  facilitator: string;
  institution: string;
  /** The place-and-date line: the plan's place (else the cluster's regency) and its date (else today). */
  place: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The date in words: "28 November 2026". */
  dateText: string;
}

/**
 * Reads everything the forum document and the one-page profile show for one cluster.
 * `today` is the date printed when the plan has none (tests pass a fixed one).
 */
export function buildPrintModel(reader: WorkspaceReader, clusterId: string, lang: PrintLang, today: Date = new Date()): PrintModel {
  const locale = printLocales[lang];
  const cluster = getCluster(reader, clusterId);
  const stored = getProgram(reader);
  const program =
    stored.name.trim() === ''
      ? null
      : { name: stored.name, institution: stored.institution, facilitator: stored.facilitator, regency: stored.regency, province: stored.province };
  const plan = readPlanDoc(reader, clusterId);
  const words = printWords(lang);
  const rows: PrintRows = {
    table51: table51Rows(plan),
    actionMatrix: actionMatrixRows(plan),
    pdm: pdmRows(plan, lang),
    operation: operationRows(plan),
    gantt: ganttRows(plan),
    budget: budgetTotals(plan),
  };
  const fundingNames = Object.fromEntries(
    plan.funding.map((f) => [f.id, f.name.trim() !== '' || f.key === null ? f.name : words.t(`plan.codes.funding.${f.key}`)]),
  );
  const date = plan.header.documentDate ?? localDay(today);
  return {
    lang,
    locale,
    program,
    cluster,
    facts: printClusterFacts(cluster, words),
    plan,
    rows,
    fundingNames,
    totalInWords: words.amountInWords(rows.budget.total),
    map: printMap(reader, cluster, words, date),
    swot: printSwot(reader, clusterId),
    selection: printSelection(reader, clusterId),
    matrix: printMatrix(reader, clusterId),
    facilitator: plan.header.facilitator.trim() || (program?.facilitator ?? ''),
    institution: plan.header.institution.trim() || (program?.institution ?? ''),
    place: plan.header.place.trim() || cluster.regency,
    date,
    dateText: words.date(date),
  };
}

/** A moment as the calendar day it is where the document is made (YYYY-MM-DD). */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
