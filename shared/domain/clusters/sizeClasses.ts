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
