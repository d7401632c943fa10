import type { CellResult, ClusterResult } from '../../../../../shared/domain/selection/results/types';
import type { Rubric } from '../../../../../shared/domain/selection/schemas';

/** One spoke of a radar: its name and the cluster's share of its maximum (null: nobody scored it). */
export interface RadarAxis {
  key: string;
  label: string;
  percent: number | null;
}

/**
 * A radar's spokes: the diamond's determinants (and social capital) when the rubric tags its
 * criteria with them; otherwise the enabled dimensions, as in a session holding only JICA's
 * published totals, where the determinants were never scored apart (`byDeterminant` false).
 * A dimension's share is taken over its scored criteria only: a missing score is never read as 0.
 */
export function radarAxes(
  cluster: ClusterResult,
  cells: CellResult[],
  rubric: Rubric,
  t: (key: string) => string,
): { axes: RadarAxis[]; byDeterminant: boolean } {
  // Every determinant is listed; those no enabled criterion is tagged with have no maximum.
  const tagged = cluster.determinants.filter((d) => d.max > 0);
  if (tagged.length > 0)
    return {
      byDeterminant: true,
      axes: tagged.map((d) => ({ key: d.determinant, label: t(`selection.codes.determinants.${d.determinant}`), percent: d.percent })),
    };
  const scored = new Map<string, { points: number; max: number }>();
  const dimensionOf = new Map<string, { dimensionId: string; max: number }>();
  for (const d of rubric.dimensions) for (const c of d.criteria) dimensionOf.set(c.id, { dimensionId: d.id, max: c.max });
  for (const cell of cells) {
    const c = dimensionOf.get(cell.criterionId);
    if (cell.clusterId !== cluster.clusterId || cell.value === null || !c) continue;
    const sum = scored.get(c.dimensionId) ?? { points: 0, max: 0 };
    scored.set(c.dimensionId, { points: sum.points + cell.value, max: sum.max + c.max });
  }
  const names = new Map(rubric.dimensions.map((d) => [d.id, d.name]));
  return {
    byDeterminant: false,
    axes: cluster.dimensions.map((d) => {
      const s = scored.get(d.dimensionId);
      return { key: d.dimensionId, label: names.get(d.dimensionId) ?? d.dimensionId, percent: s && s.max > 0 ? (100 * s.points) / s.max : null };
    }),
  };
}

/** One bar of the results chart: a cluster, its percentage split into what each dimension adds. */
export interface BarRow {
  clusterId: string;
  name: string;
  selected: boolean;
  /** Null for a cluster with nothing scored that carries weight: no bar, not a bar of 0. */
  percent: number | null;
  /** Percentage points each enabled dimension contributes; they add up to `percent`. */
  shares: Record<string, number>;
}

/**
 * Splits each cluster's percentage into its dimensions' parts, weighted as the results weigh
 * them (dimension weight × criterion weight), over the cells that were scored: the stacked bar
 * then stands exactly as high as the percentage in the table. With every weight 1 a part is the
 * dimension's points over the total maximum (Tegal: 31/90 and 10/90 of 45,6 %).
 */
export function barRows(clusters: ClusterResult[], cells: CellResult[], rubric: Rubric): BarRow[] {
  const criteria = new Map<string, { dimensionId: string; weight: number; max: number }>();
  for (const d of rubric.dimensions)
    if (d.enabled) for (const c of d.criteria) criteria.set(c.id, { dimensionId: d.id, weight: d.weight * c.weight, max: c.max });
  const points = new Map<string, Map<string, number>>();
  const reach = new Map<string, number>();
  for (const cell of cells) {
    const c = criteria.get(cell.criterionId);
    // A missing cell counts in neither the points nor the maximum, as in the results.
    if (!c || cell.value === null) continue;
    const own = points.get(cell.clusterId) ?? new Map<string, number>();
    own.set(c.dimensionId, (own.get(c.dimensionId) ?? 0) + c.weight * cell.value);
    points.set(cell.clusterId, own);
    reach.set(cell.clusterId, (reach.get(cell.clusterId) ?? 0) + c.weight * c.max);
  }
  return clusters.map((cl) => {
    const denominator = reach.get(cl.clusterId) ?? 0;
    const own = points.get(cl.clusterId);
    const shares: Record<string, number> = {};
    for (const d of cl.dimensions) shares[d.dimensionId] = denominator > 0 ? (100 * (own?.get(d.dimensionId) ?? 0)) / denominator : 0;
    return { clusterId: cl.clusterId, name: cl.name, selected: cl.selected, percent: cl.rated ? cl.percent : null, shares };
  });
}

/** Fills of the dimensions' parts: each at least 3:1 against white (WCAG 1.4.11), in an order that keeps neighbours apart. */
export const DIMENSION_COLOURS = ['#1864ab', '#d9480f', '#2b8a3e', '#862e9c', '#0b7285', '#c92a2a', '#5c940d', '#364fc7'] as const;

/** The colour of the n-th enabled dimension. */
export function dimensionColour(index: number): string {
  return DIMENSION_COLOURS[index % DIMENSION_COLOURS.length]!;
}
