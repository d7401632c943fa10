import type { Aggregation, Determinant } from '../codes';
import type { Rubric } from '../schemas';

/**
 * What the results are computed from: one shape for a stored session, a scores CSV (CLI) and the
 * bench. Pure data; `toSelectionInput` builds it from a session's state.
 */
export interface SelectionInput {
  rubric: Rubric;
  groups: { id: string; name: string }[];
  candidates: { clusterId: string; name: string; groupId: string }[];
  scorers: { id: string; name: string }[];
  scores: { clusterId: string; criterionId: string; scorerId: string; value: number }[];
  /** A consensus score replaces the scorers' aggregate of its cell. */
  consensus: { clusterId: string; criterionId: string; value: number }[];
  aggregation: Aggregation;
  rule: SelectionRuleSpec;
}

export type SelectionRuleSpec = { kind: 'topN'; n: number } | { kind: 'threshold'; percent: number };

/** What-if weights (the sliders) and switches, over the rubric's own; keys are dimension or criterion keys. */
export interface WeightOverrides {
  dimensions?: Record<string, number>;
  criteria?: Record<string, number>;
  /** Switches optional dimensions (social capital) on or off. */
  enabled?: Record<string, boolean>;
}

/** Why input cannot give results: a catalog key and where. Results are never shown while any exist. */
export interface SelectionProblem {
  code: string;
  params: Record<string, string | number>;
}

/** One cell (cluster × criterion) as the group's score: consensus, the scorers' aggregate, or missing. */
export interface CellResult {
  clusterId: string;
  criterionId: string;
  /** Null when nobody scored it: missing, never zero and never the best. */
  value: number | null;
  source: 'consensus' | 'aggregate' | 'missing';
  /** How many scorers scored it, and of how many. */
  scored: number;
  scorers: number;
  /** Highest minus lowest score of the scorers; null with fewer than two scores. */
  spread: number | null;
  /** The spread as a share of the criterion's maximum (0–1), to compare criteria of different maxima. */
  relativeSpread: number | null;
}

export interface DimensionResult {
  dimensionId: string;
  /** Points as scored (unweighted sum of the cells' values); the `31` of "31/54". */
  score: number;
  max: number;
  /** Criteria of the dimension with no score at all. */
  unscored: number;
}

export interface DeterminantResult {
  determinant: Determinant;
  score: number;
  max: number;
  /** Share of the maximum, 0–100; null when no criterion of it was scored. */
  percent: number | null;
}

export interface ClusterResult {
  clusterId: string;
  name: string;
  groupId: string;
  /** Enabled dimensions only, in rubric order. */
  dimensions: DimensionResult[];
  /** The radar's axes: criteria tagged with a determinant, summed per determinant. */
  determinants: DeterminantResult[];
  total: number;
  max: number;
  /** Weighted share of the maximum, 0–100, unrounded; equals total / max with every weight 1. */
  percentExact: number;
  /** `percentExact` to one decimal (half up), as Table 3.1 prints it. */
  percent: number;
  /** Competition ranking (1, 2, 2, 4) on `percentExact`. */
  rankInGroup: number;
  rank: number;
  /** Other clusters of the group that share this rank. */
  tiedInGroup: string[];
  selected: boolean;
  /** Cells nobody scored, and cells where a scorer's score is missing (and no consensus stands in). */
  unscoredCells: number;
  missingScores: number;
  /** The result rests on missing scores: say so next to it. */
  restsOnMissing: boolean;
  /**
   * False when no scored cell carries weight (nothing scored yet, or every weight 0): it has no
   * percentage (`percentExact` and `percent` are 0 only as placeholders), ranks after every
   * rated cluster and is never selected.
   */
  rated: boolean;
}

export interface GroupResult {
  groupId: string;
  name: string;
  /** Cluster ids by rank, then name. */
  ranking: string[];
  selected: string[];
  /** The cut (top N) falls inside a tie: every tied cluster is selected, and this says so. */
  tieAtCut: boolean;
}

export type SelectionResults =
  { ok: true; clusters: ClusterResult[]; groups: GroupResult[]; cells: CellResult[] } | { ok: false; problems: SelectionProblem[] };

/** One scorer's scores set against the group's: whose ranking differs, and where. */
export interface ScorerComparison {
  scorerId: string;
  name: string;
  /** The scorer scored every cell of the enabled dimensions. */
  complete: boolean;
  /**
   * Spearman's rank correlation of the scorer's own ranking within each group with the group's,
   * over every candidate the scorer rated; null when undefined (fewer than two, or no variation).
   */
  spearman: number | null;
  /** Candidates whose rank in their group differs between the scorer's ranking and the group's. */
  shifts: { clusterId: string; groupRank: number; ownRank: number }[];
  /** The (at most 10) cells where the scorer differs most from the group, by |own − group| / max. */
  deviations: { clusterId: string; criterionId: string; own: number; group: number }[];
}
