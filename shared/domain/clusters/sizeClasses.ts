/**
 * Size classes by number of workers, as used in the JICA study and BPS statistics:
 * micro 1–4, small 5–19, medium 20–99, large 100 or more.
 */
export const sizeClasses = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof sizeClasses)[number];

/** The class of an enterprise with `workers` people; null for no workers at all. */
export function sizeClassOf(workers: number): SizeClass | null {
  if (!Number.isFinite(workers) || workers < 1) return null;
  if (workers <= 4) return 'micro';
  if (workers <= 19) return 'small';
  if (workers <= 99) return 'medium';
  return 'large';
}

interface EnterpriseCounts {
  enterprisesMicro: number | null;
  enterprisesSmall: number | null;
  enterprisesMedium: number | null;
  enterprisesLarge: number | null;
}

/** Total enterprises of a cluster, or null when no class has been counted. */
export function totalEnterprises(c: EnterpriseCounts): number | null {
  const parts = [c.enterprisesMicro, c.enterprisesSmall, c.enterprisesMedium, c.enterprisesLarge];
  if (parts.every((p) => p === null)) return null;
  return parts.reduce<number>((sum, p) => sum + (p ?? 0), 0);
}

type VillageCount = Record<SizeClass, number | null>;

/**
 * Sums a per-village breakdown into cluster-level counts (Ceper's Table 1 totals row).
 * A size class that no village records stays unknown (null), not zero.
 */
export function sumVillageCounts(rows: readonly VillageCount[]): VillageCount {
  const add = (key: SizeClass) => {
    const known = rows.map((r) => r[key]).filter((n): n is number => n !== null);
    return known.length === 0 ? null : known.reduce((s, n) => s + n, 0);
  };
  return { micro: add('micro'), small: add('small'), medium: add('medium'), large: add('large') };
}
