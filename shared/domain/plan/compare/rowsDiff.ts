import type { RowsDiff } from './planDiff';

/** Whether two field values hold the same data (rows, tuples and nulls included). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Items added and removed, and what changed in those in both. */
interface MatchedDiff<T, C> {
  added: T[];
  removed: T[];
  changed: C[];
}

/**
 * Rows (or strategies, programs) of two versions matched by id: added and removed in their own
 * order, and what `changeOf` tells of each one in both (null: nothing changed), in `after`'s order.
 */
export function matchedDiff<T extends { id: string }, C>(before: readonly T[], after: readonly T[], changeOf: (was: T, now: T) => C | null): MatchedDiff<T, C> {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Set(after.map((r) => r.id));
  const diff: MatchedDiff<T, C> = { added: [], removed: before.filter((r) => !now.has(r.id)), changed: [] };
  for (const r of after) {
    const was = old.get(r.id);
    if (was === undefined) diff.added.push(r);
    else {
      const change = changeOf(was, r);
      if (change !== null) diff.changed.push(change);
    }
  }
  return diff;
}

/** Rows of two versions matched by id, a row in both changed when one of `fields` differs. */
export function rowsDiff<T extends { id: string }, F extends keyof T & string>(
  before: readonly T[],
  after: readonly T[],
  fields: readonly F[],
): RowsDiff<T, F> {
  return matchedDiff(before, after, (was, r) => {
    const changed = fields.filter((f) => !sameValue(was[f], r[f]));
    return changed.length > 0 ? { id: r.id, before: was, after: r, fields: changed } : null;
  });
}

/** How many rows (or strategies, programs) were added, removed or changed. */
export function rowsChanged(diff: Pick<RowsDiff<unknown>, 'added' | 'removed'> & { changed: readonly unknown[] }): number {
  return diff.added.length + diff.removed.length + diff.changed.length;
}
