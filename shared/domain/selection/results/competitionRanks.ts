/** Percentages closer than this are equal: float noise must not break a tie the scores make. */
export const RANK_TOLERANCE = 1e-9;

/**
 * Competition ranking ("1224"), highest first: a value's rank is one more than the number
 * of values above it by more than {@link RANK_TOLERANCE}. NaN (nothing to rank) comes after every
 * number, all NaN sharing one rank.
 */
export function competitionRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => rankOrder(values[a]!, values[b]!));
  const ranks = new Array<number>(values.length);
  let rank = 1;
  for (let p = 0; p < order.length; p++) {
    const here = values[order[p]!]!;
    if (p > 0 && !sameRank(values[order[p - 1]!]!, here)) rank = p + 1;
    ranks[order[p]!] = rank;
  }
  return ranks;
}

/** Whether two values share a rank. */
export function sameRank(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= RANK_TOLERANCE;
}

/** Descending, NaN last. */
function rankOrder(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return b - a;
}
