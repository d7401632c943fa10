import { countSchema } from './schemas';
import { sizeClasses, type SizeClass } from './sizeClasses';

/*
 * Checks for figures that disagree or leave something out, so a screen can say so next to the
 * figure instead of showing a total without a word (issue 6 §5).
 */

type VillageCount = Record<SizeClass, number | null>;

/** A per-village breakdown summed, leaving out values in error (negative, fractional, unreadable). */
export interface VillageTotals {
  totals: VillageCount;
  /** How many values were left out because they are in error. */
  leftOut: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && countSchema.safeParse(v).success;

/**
 * Sums a per-village breakdown by size class. A value in error (as a form holds it while it is
 * being put right) is left out and counted in `leftOut`; a class no village records stays unknown.
 */
export function villageTotals(rows: readonly Record<SizeClass, unknown>[]): VillageTotals {
  let leftOut = 0;
  const add = (key: SizeClass) => {
    let sum: number | null = null;
    for (const row of rows) {
      const v = row[key];
      if (v === null || v === undefined) continue;
      if (!isCount(v)) leftOut += 1;
      else sum = (sum ?? 0) + v;
    }
    return sum;
  };
  const totals = { micro: add('micro'), small: add('small'), medium: add('medium'), large: add('large') };
  return { totals, leftOut };
}

/** A size class whose cluster-level count differs from the sum of its villages. */
export interface SizeClassDisagreement {
  sizeClass: SizeClass;
  cluster: number;
  villages: number;
}

interface ClusterCounts {
  enterprisesMicro: unknown;
  enterprisesSmall: unknown;
  enterprisesMedium: unknown;
  enterprisesLarge: unknown;
  villageCounts: readonly Record<SizeClass, unknown>[];
}

const clusterField = { micro: 'enterprisesMicro', small: 'enterprisesSmall', medium: 'enterprisesMedium', large: 'enterprisesLarge' } as const;

/**
 * Size classes where the cluster's own count and its villages' sum are both known and differ
 * (Ceper: 58 medium foundries in the study's summary, 68 in its table by village). Neither is
 * assumed right: both are shown, with a word.
 */
export function sizeClassDisagreements(c: ClusterCounts): SizeClassDisagreement[] {
  const { totals } = villageTotals(c.villageCounts);
  return sizeClasses.flatMap((sizeClass) => {
    const own = c[clusterField[sizeClass]];
    const villages = totals[sizeClass];
    return isCount(own) && villages !== null && own !== villages ? [{ sizeClass, cluster: own, villages }] : [];
  });
}

/** A column's total over a list and how many rows it stands on. */
export interface ColumnTotal {
  /** The sum of the known values; null when none is known. */
  sum: number | null;
  /** Rows with a value. */
  counted: number;
  /** All rows. */
  of: number;
}

/** Totals a column whose rows may be unknown (null): the sum says how many rows it covers. */
export function columnTotal(values: readonly (number | null)[]): ColumnTotal {
  const known = values.filter((v): v is number => v !== null);
  return { sum: known.length === 0 ? null : known.reduce((s, v) => s + v, 0), counted: known.length, of: values.length };
}
