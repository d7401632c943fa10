import type { RowsDiff } from './planDiff';

/** Whether two field values hold the same data (rows, tuples and nulls included). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Rows of two versions matched by id: added and removed in their own order, changed in `after`'s order. */
export function rowsDiff<T extends { id: string }, F extends keyof T & string>(
  before: readonly T[],
  after: readonly T[],
  fields: readonly F[],
): RowsDiff<T, F> {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Set(after.map((r) => r.id));
  const diff: RowsDiff<T, F> = { added: [], removed: before.filter((r) => !now.has(r.id)), changed: [] };
  for (const r of after) {
    const was = old.get(r.id);
    if (was === undefined) diff.added.push(r);
    else {
      const changed = fields.filter((f) => !sameValue(was[f], r[f]));
      if (changed.length > 0) diff.changed.push({ id: r.id, before: was, after: r, fields: changed });
    }
  }
  return diff;
}

/** How many rows (or strategies, programs) were added, removed or changed. */
export function rowsChanged(diff: Pick<RowsDiff<unknown>, 'added' | 'removed'> & { changed: readonly unknown[] }): number {
  return diff.added.length + diff.removed.length + diff.changed.length;
}
