import type { MatrixValue } from '../../../../../shared/domain/stakeholders/codes';
import type { MapActor, ResponsibilityMatrix } from '../../../../../shared/domain/stakeholders/schemas';

/** A cell's value; null is an empty cell (no row in the file). */
export type CellValue = MatrixValue | null;

/** Click or Space walks a cell through empty → takes part → leads → empty. */
export function nextValue(v: CellValue): CellValue {
  return v === null ? 'part' : v === 'part' ? 'lead' : null;
}

/**
 * The value a key sets, or undefined for a key that sets none: P takes part, L leads, 0,
 * Delete or Backspace empties the cell. Letters are read in either case.
 */
export function valueOfKey(key: string): CellValue | undefined {
  const k = key.toLowerCase();
  if (k === 'p') return 'part';
  if (k === 'l') return 'lead';
  if (k === '0' || k === 'delete' || k === 'backspace') return null;
  return undefined;
}

export const cellKey = (rowId: string, actorId: string) => `${rowId}/${actorId}`;

/** The matrix's cells by `row/actor`, for reading one cell at a time. */
export function cellIndex(m: ResponsibilityMatrix): Map<string, MatrixValue> {
  return new Map(m.cells.map((c) => [cellKey(c.rowId, c.actorId), c.value]));
}

/** How many rows each actor leads. */
export function leadsByActor(m: ResponsibilityMatrix): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of m.cells) if (c.value === 'lead') counts.set(c.actorId, (counts.get(c.actorId) ?? 0) + 1);
  return counts;
}

/** How many actors lead each row: one is what a plan wants; none or several is worth a look. */
export function leadsByRow(m: ResponsibilityMatrix): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of m.cells) if (c.value === 'lead') counts.set(c.rowId, (counts.get(c.rowId) ?? 0) + 1);
  return counts;
}

/** What the column filter keeps: actors of the chosen kinds and sectors (none chosen = all). */
export interface ColumnFilter {
  kinds: readonly string[];
  sectors: readonly string[];
}

/** The actors shown as columns, in a steady order: by sector, then kind, then name. */
export function matrixColumns(
  actors: readonly MapActor[],
  filter: ColumnFilter,
  order: { sector: readonly string[]; kind: readonly string[] },
  locale: string,
): MapActor[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return actors
    .filter((a) => (filter.kinds.length === 0 || filter.kinds.includes(a.kind)) && (filter.sectors.length === 0 || filter.sectors.includes(a.sector)))
    .sort(
      (a, b) =>
        order.sector.indexOf(a.sector) - order.sector.indexOf(b.sector) ||
        order.kind.indexOf(a.kind) - order.kind.indexOf(b.kind) ||
        collator.compare(a.name, b.name),
    );
}
