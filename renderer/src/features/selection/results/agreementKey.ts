/**
 * Spearman's ρ in words a working group can discuss: how far a scorer's ranking follows the
 * group's. The bands are conventional reading aids, not tests of significance.
 */
export function agreementKey(rho: number | null): string {
  if (rho === null) return 'selectionResults.scorers.agreement.undefined';
  if (rho >= 0.999) return 'selectionResults.scorers.agreement.same';
  if (rho >= 0.7) return 'selectionResults.scorers.agreement.close';
  if (rho >= 0.3) return 'selectionResults.scorers.agreement.partly';
  if (rho > -0.3) return 'selectionResults.scorers.agreement.differs';
  return 'selectionResults.scorers.agreement.opposite';
}

/** Scorers whose ranking differs most from the group's first; those without a figure last. */
export function byAgreement<T extends { spearman: number | null; name: string }>(a: T, b: T): number {
  if (a.spearman === null || b.spearman === null) return (a.spearman === null ? 1 : 0) - (b.spearman === null ? 1 : 0) || a.name.localeCompare(b.name);
  return a.spearman - b.spearman || a.name.localeCompare(b.name);
}
