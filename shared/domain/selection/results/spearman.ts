/**
 * Pearson's correlation of two paired series; applied to (average) ranks it is Spearman's
 * rank correlation. Null with fewer than two pairs or when either series does not vary.
 */
export function rankCorrelation(a: readonly number[], b: readonly number[]): number | null {
  const n = a.length;
  if (n < 2) return null;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  if (va === 0 || vb === 0) return null;
  return cov / Math.sqrt(va * vb);
}

/** Average ranks (tied values share the mean of their places), highest value first: what Spearman's rho ranks by. */
export function averageRanks(values: readonly number[], same: (a: number, b: number) => boolean): number[] {
  const order = values.map((_, i) => i).sort((x, y) => values[y]! - values[x]!);
  const ranks = new Array<number>(values.length);
  for (let p = 0; p < order.length;) {
    let q = p + 1;
    while (q < order.length && same(values[order[p]!]!, values[order[q]!]!)) q++;
    const mean = (p + 1 + q) / 2;
    for (let r = p; r < q; r++) ranks[order[r]!] = mean;
    p = q;
  }
  return ranks;
}
