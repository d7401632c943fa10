import type { ActorFields, TieFields } from '../schemas';

/** A table as read from a CSV or XLSX file: the header row and the data rows, numbered as the spreadsheet numbers them. */
export interface ParsedTable {
  headers: string[];
  /** Rows with at least one non-empty cell; `row` counts the header as 1. */
  rows: { row: number; cells: string[] }[];
}

/** One documented column: the field it fills and its header in each language. */
export interface ImportColumn<F extends string> {
  field: F;
  en: string;
  id: string;
}

/** The actors file's columns, in the order templates and exports write them. `name` is required. */
export const actorColumns: readonly ImportColumn<keyof ActorFields>[] = [
  { field: 'name', en: 'name', id: 'nama' },
  { field: 'kind', en: 'kind', id: 'jenis' },
  { field: 'sector', en: 'sector', id: 'sektor' },
  { field: 'level', en: 'level', id: 'tingkat' },
  { field: 'insideCluster', en: 'inside_cluster', id: 'di_dalam_sentra' },
  { field: 'role', en: 'role', id: 'peran' },
  { field: 'influence', en: 'influence', id: 'pengaruh' },
  { field: 'interest', en: 'interest', id: 'kepentingan' },
  { field: 'attitude', en: 'attitude', id: 'sikap' },
  { field: 'potentiallyViable', en: 'potentially_viable', id: 'berpotensi_tumbuh' },
  { field: 'leadingFirm', en: 'leading_firm', id: 'usaha_penggerak' },
  { field: 'contact', en: 'contact', id: 'kontak' },
  { field: 'notes', en: 'notes', id: 'catatan' },
];

/** The ties file's columns; `from` and `to` (actor names) are required. */
export const tieColumns: readonly ImportColumn<keyof TieFields>[] = [
  { field: 'from', en: 'from', id: 'dari' },
  { field: 'to', en: 'to', id: 'ke' },
  { field: 'type', en: 'type', id: 'jenis' },
  { field: 'directed', en: 'directed', id: 'berarah' },
  { field: 'strength', en: 'strength', id: 'kekuatan' },
  { field: 'trust', en: 'trust', id: 'kepercayaan' },
  { field: 'formal', en: 'formal', id: 'formal' },
  { field: 'since', en: 'since', id: 'sejak' },
  { field: 'notes', en: 'notes', id: 'catatan' },
];

/** A header as people type it: any case, spaces or hyphens for underscores ("Inside cluster", "di-dalam-sentra"). */
export function normaliseHeader(h: string): string {
  return h
    .trim()
    .toLocaleLowerCase('id')
    .replace(/[\s-]+/g, '_');
}

/** Where each field's column is, and the headers that name no column (or a column twice). */
export interface HeaderMap<F extends string> {
  index: Map<F, number>;
  unknown: { column: string }[];
  repeated: { column: string }[];
}

/**
 * Finds the documented columns among a file's headers, in either language. Headers never
 * become object keys (a `__proto__` column is just an unknown one).
 */
export function mapHeaders<F extends string>(headers: readonly string[], columns: readonly ImportColumn<F>[]): HeaderMap<F> {
  const byName = new Map<string, F>();
  for (const c of columns) {
    byName.set(c.en, c.field);
    byName.set(c.id, c.field);
  }
  const result: HeaderMap<F> = { index: new Map(), unknown: [], repeated: [] };
  headers.forEach((h, i) => {
    const n = normaliseHeader(h);
    if (n === '') return;
    const field = byName.get(n);
    if (field === undefined) result.unknown.push({ column: h.trim() });
    else if (result.index.has(field)) result.repeated.push({ column: h.trim() });
    else result.index.set(field, i);
  });
  return result;
}

/** The header of a column in a language (templates, exports, and problems about a missing column). */
export function columnHeader<F extends string>(columns: readonly ImportColumn<F>[], field: F, lang: 'id' | 'en'): string {
  const c = columns.find((x) => x.field === field);
  return c ? c[lang] : field;
}
