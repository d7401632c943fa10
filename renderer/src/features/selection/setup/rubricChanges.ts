import type { Rubric } from '../../../../../shared/domain/selection/schemas';

/** The criteria whose scores a new rubric would delete: gone from it, or with a maximum now lower (scores above it go). */
export interface ScoresAtRisk {
  removed: string[];
  lowered: { name: string; from: number; to: number }[];
}

/** What replacing `before` by `after` would do to the scores already entered (the service deletes them in the same step). */
export function scoresAtRisk(before: Rubric, after: Rubric): ScoresAtRisk {
  const next = new Map(after.dimensions.flatMap((d) => d.criteria).map((c) => [c.id, c]));
  const removed: string[] = [];
  const lowered: ScoresAtRisk['lowered'] = [];
  for (const c of before.dimensions.flatMap((d) => d.criteria)) {
    const now = next.get(c.id);
    if (!now) removed.push(c.name);
    else if (now.max < c.max) lowered.push({ name: now.name, from: c.max, to: now.max });
  }
  return { removed, lowered };
}

/** The rubric with one optional dimension switched on or off (social capital), everything else as it was. */
export function withDimensionEnabled(rubric: Rubric, dimensionId: string, enabled: boolean): Rubric {
  return { ...rubric, dimensions: rubric.dimensions.map((d) => (d.id === dimensionId ? { ...d, enabled } : d)) };
}
