import { catalogs } from '../../../i18n/catalogs';
import type { MapActor, ResponsibilityMatrix, Tie } from '../schemas';
import { actorColumns, tieColumns } from './importColumns';

/** One cell of an exported table: text, or a number a spreadsheet may sum. */
export type ExportCell = string | number;
/** A table to write: its header row and its rows. */
export interface ExportTable {
  headers: string[];
  rows: ExportCell[][];
}
type Lang = 'id' | 'en';

const codesOf = (lang: Lang) => (catalogs[lang] as { stakeholders: { codes: Record<string, string | Record<string, string>> } }).stakeholders.codes;
const yesNo = (lang: Lang, b: boolean) => codesOf(lang)[b ? 'yes' : 'no'] as string;

/**
 * The map's actors as the import reads them: headers in the chosen language, codes (not names)
 * in the coded columns so a file imports back exactly, yes/no in the chosen language.
 */
export function actorTable(actors: readonly MapActor[], lang: Lang): ExportTable {
  return {
    headers: actorColumns.map((c) => c[lang]),
    rows: actors.map((a) => [
      a.name,
      a.kind,
      a.sector,
      a.level,
      yesNo(lang, a.insideCluster),
      a.role ?? '',
      a.influence,
      a.interest,
      a.attitude,
      yesNo(lang, a.potentiallyViable),
      yesNo(lang, a.leadingFirm),
      a.contact,
      a.notes,
    ]),
  };
}

/** The map's ties by their actors' names, as the import reads them. */
export function tieTable(actors: readonly MapActor[], ties: readonly Tie[], lang: Lang): ExportTable {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    headers: tieColumns.map((c) => c[lang]),
    rows: ties.map((t) => [
      names.get(t.from) ?? t.from,
      names.get(t.to) ?? t.to,
      t.type,
      yesNo(lang, t.directed),
      t.strength,
      t.trust ?? '',
      yesNo(lang, t.formal),
      t.since ?? '',
      t.notes,
    ]),
  };
}

/**
 * The responsibility matrix (JICA Table 4.1): a row per strategy or program, a column per actor
 * on the map, each cell "leads" or "takes part" in the chosen language, or empty.
 */
export function matrixTable(actors: readonly MapActor[], matrix: ResponsibilityMatrix, lang: Lang, rowHeader: string): ExportTable {
  const words = codesOf(lang).matrix as Record<string, string>;
  const cells = new Map(matrix.cells.map((c) => [`${c.rowId}\u0000${c.actorId}`, c.value]));
  return {
    headers: [rowHeader, ...actors.map((a) => a.name)],
    rows: matrix.rows.map((r) => [
      r.label,
      ...actors.map((a) => {
        const v = cells.get(`${r.id}\u0000${a.id}`);
        return v ? (words[v] ?? v) : '';
      }),
    ]),
  };
}
