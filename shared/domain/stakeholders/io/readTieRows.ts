import type { ImportProblem } from '../../../contract/stakeholders';
import { NAME_MAX, TEXT_MAX } from '../../clusters/limits';
import { TIE_SCALE_MAX, TIE_SCALE_MIN } from '../codes';
import type { TieFields } from '../schemas';
import { type ParsedTable, mapHeaders, tieColumns } from './importColumns';
import { ProblemList, bothHeaders, headerProblems, problemKey } from './importProblems';
import { matchCode } from './matchCode';
import { fromInertCell, parseBoolean, parseDate, parseScale } from './parseCell';

/** A tie row that reads cleanly; its ends are still names, found on the map or in the actors file later. */
export interface TieRowIn {
  row: number;
  from: { name: string; column: string };
  to: { name: string; column: string };
  fields: Omit<TieFields, 'from' | 'to'>;
}

export interface TieRowsRead {
  rows: number;
  valid: TieRowIn[];
  problems: ImportProblem[];
}

/** A tie with only its ends: collaboration, undirected, middling strength, trust not yet asked, informal. */
export const defaultTieFields: Omit<TieFields, 'from' | 'to'> = {
  type: 'collaboration',
  directed: false,
  strength: 3,
  trust: null,
  formal: false,
  since: null,
  notes: '',
};

/** Reads a ties table as {@link readActorRows} reads actors: a row with any problem is left out whole. */
export function readTieRows(table: ParsedTable): TieRowsRead {
  const list = new ProblemList('ties');
  const map = mapHeaders(table.headers, tieColumns);
  headerProblems(map, list);
  const result: TieRowsRead = { rows: table.rows.length, valid: [], problems: list.problems };
  const missing = (['from', 'to'] as const).filter((f) => !map.index.has(f));
  for (const f of missing) list.add(1, bothHeaders(tieColumns, f), problemKey('missingColumn'), { column: bothHeaders(tieColumns, f) });
  if (missing.length > 0) return result;

  for (const { row, cells } of table.rows) {
    const cell = (field: (typeof tieColumns)[number]['field']): { text: string; column: string } | null => {
      const i = map.index.get(field);
      if (i === undefined) return null;
      const text = fromInertCell(cells[i] ?? '').trim();
      return text === '' ? null : { text, column: table.headers[i]!.trim() };
    };
    const flag = (field: 'directed' | 'formal') => {
      const c = cell(field);
      if (!c) return undefined;
      const b = parseBoolean(c.text);
      if (b === undefined) list.add(row, c.column, problemKey('notYesNo'), { value: c.text });
      return b;
    };
    const scale = (field: 'strength' | 'trust') => {
      const c = cell(field);
      if (!c) return undefined;
      const n = parseScale(c.text, TIE_SCALE_MIN, TIE_SCALE_MAX);
      if (n === undefined) list.add(row, c.column, 'validation.scale1to5');
      return n;
    };
    const end = (field: 'from' | 'to') => {
      const c = cell(field);
      if (!c) list.add(row, table.headers[map.index.get(field)!]!.trim(), 'validation.required');
      else if (c.text.length > NAME_MAX) list.add(row, c.column, 'validation.tooLong');
      return c ? { name: c.text.replace(/\s+/g, ' '), column: c.column } : { name: '', column: '' };
    };

    // In the order of the columns, so a row's problems read left to right.
    const from = end('from');
    const to = end('to');
    const typeCell = cell('type');
    const type = typeCell ? matchCode('type', typeCell.text) : defaultTieFields.type;
    if (typeCell && type === null) list.add(row, typeCell.column, problemKey('unknownValue'), { value: typeCell.text });
    const directed = flag('directed') ?? defaultTieFields.directed;
    const strength = scale('strength') ?? defaultTieFields.strength;
    const trust = scale('trust') ?? null;
    const formal = flag('formal') ?? defaultTieFields.formal;
    const sinceCell = cell('since');
    const since = sinceCell ? parseDate(sinceCell.text) : null;
    if (sinceCell && since === undefined) list.add(row, sinceCell.column, 'validation.date');
    const notes = cell('notes');
    if (notes && notes.text.length > TEXT_MAX) list.add(row, notes.column, 'validation.tooLong');
    const fields = { type: type ?? defaultTieFields.type, directed, strength, trust, formal, since: since ?? null, notes: notes?.text ?? '' };
    if (!list.hasRow(row)) result.valid.push({ row, from, to, fields });
  }
  list.sortByColumns(table.headers);
  return result;
}
