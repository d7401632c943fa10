/** A weight the sensitivity search may change: a dimension's or a criterion's. */
export interface WeightHandle {
  kind: 'dimension' | 'criterion';
  id: string;
  name: string;
}

/**
 * The smallest change of one weight that changes a group's selection: at `factor` times its
 * current weight the challenger draws level, beyond it the selection changes.
 */
export interface WeightChange {
  handle: WeightHandle;
  factor: number;
  /**
   * The cluster whose selection changes first: it comes into the selection (`overtakes`,
   * `entersThreshold`) or, for `dropsBelowThreshold`, falls below the threshold.
   */
  challenger: string;
  /** The cluster it pushes out; null under a threshold rule when nobody is pushed out. */
  displaced: string | null;
  /** `overtakes`: challenger passes displaced; `entersThreshold` / `dropsBelowThreshold`: a cluster crosses the threshold. */
  kind: 'overtakes' | 'entersThreshold' | 'dropsBelowThreshold';
}

/** Visual PROMETHEE's stability interval: the factors of one weight within which the selection stays as it is. */
export interface StabilityInterval {
  handle: WeightHandle;
  /** Lowest factor keeping the selection; 0 when even dropping the weight changes nothing. */
  lower: number;
  /** Highest factor keeping it; null when no increase changes it. */
  upper: number | null;
  /** What happens just below `lower` (null when `lower` is 0) and just above `upper` (null when unbounded). */
  below: WeightChange | null;
  above: WeightChange | null;
}

/**
 * Why no weight change alters a group's selection: every candidate is selected (top N at least
 * the group's size); the selected clusters score at least as high as every other on every
 * weighted criterion, so no reweighting can put another ahead; or simply no crossing exists.
 */
export type NoChangeReason = 'allSelected' | 'dominant' | 'stable';

export interface GroupSensitivity {
  groupId: string;
  selected: string[];
  /**
   * The change with the smallest |ln factor| over every handle, away from factor 1 (a tie at the cut
   * is reported in `tieAtCut` instead); null when no single weight change alters the selection.
   */
  smallest: WeightChange | null;
  intervals: StabilityInterval[];
  /** Clusters that already draw level at the cut (or sit exactly on the threshold): any change that splits them decides. */
  tieAtCut: string[];
  /** Why nothing changes the selection: set when `smallest` is null and nobody is tied at the cut. */
  noChange: NoChangeReason | null;
}

export type SensitivityResult = { ok: true; groups: GroupSensitivity[] } | { ok: false; problem: { code: string; params: Record<string, string | number> } };

/** How one group's selection and ranks differ with an optional dimension switched on versus off. */
export interface GroupEffect {
  groupId: string;
  selectedOff: string[];
  selectedOn: string[];
  /** Selected only with the dimension on / only with it off. */
  entering: string[];
  leaving: string[];
  /** Clusters whose rank in the group differs, in the order of the ranking with the dimension on. */
  rankChanges: { clusterId: string; off: number; on: number }[];
}

/** What switching one optional dimension (social capital) on or off changes. */
export interface DimensionEffect {
  dimensionId: string;
  name: string;
  /** Whether the weights as given have it on. */
  enabledNow: boolean;
  /** Cells of this dimension nobody has scored: with it on, results rest on missing scores. */
  unscoredCells: number;
  groups: GroupEffect[];
}

export type SocialCapitalEffect =
  { ok: true; dimensions: DimensionEffect[] } | { ok: false; problem: { code: string; params: Record<string, string | number> } };

/** A sentence for the UI: a `selectionExplain` key and its parameters (names as text, factors as numbers to format). */
export interface Sentence {
  key: string;
  params: Record<string, string | number>;
}
