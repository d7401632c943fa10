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
  /** The cluster that comes into the selection. */
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
}

export interface GroupSensitivity {
  groupId: string;
  selected: string[];
  smallest: WeightChange | null;
  intervals: StabilityInterval[];
}

export type SensitivityResult = { ok: true; groups: GroupSensitivity[] } | { ok: false; problem: { code: string; params: Record<string, string | number> } };
