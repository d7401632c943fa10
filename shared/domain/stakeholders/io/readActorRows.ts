import type { ImportProblem } from '../../../contract/stakeholders';
import { NAME_MAX, TEXT_MAX } from '../../clusters/limits';
import { type ActorKind, SCORE_MAX, SCORE_MIN, defaultSectorOf } from '../codes';
import type { ActorFields } from '../schemas';
import { type ParsedTable, actorColumns, mapHeaders } from './importColumns';
import { ProblemList, bothHeaders, headerProblems, problemKey } from './importProblems';
import { type CodedColumn, matchCode } from './matchCode';
import { fromInertCell, parseBoolean, parseScale } from './parseCell';

/** An actor row that reads cleanly. */
export interface ActorRowIn {
  row: number;
  fields: ActorFields;
}

/** What an actors file holds: its rows that read cleanly and the problems of the others. */
export interface ActorRowsRead {
  rows: number;
  valid: ActorRowIn[];
  /** Rows whose name was read but that have a problem: a tie naming them says so. */
  invalidNames: Map<string, number>;
  problems: ImportProblem[];
}

/** Middling influence and interest, as the table view gives a new actor: to be refined with the group. */
export const DEFAULT_SCORE = 2;

/**
 * The fields of an actor with only a name and a kind, as the import documents its defaults:
 * the kind's usual sector; SMEs and cooperatives inside the cluster and at the cluster level,
 * everyone else outside at the regency level; neutral; middling scores.
 */
export function defaultActorFields(name: string, kind: ActorKind): ActorFields {
  const member = kind === 'sme' || kind === 'cooperative';
  return {
    name,
    kind,
    sector: defaultSectorOf[kind],
    level: member ? 'cluster' : 'regency',
    insideCluster: member,
    role: null,
    influence: DEFAULT_SCORE,
    interest: DEFAULT_SCORE,
    attitude: 'neutral',
    potentiallyViable: false,
    leadingFirm: false,
    contact: '',
    notes: '',
  };
}

/** The key names are compared by: an actor's name in any case and spacing. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/**
 * Reads an actors table: every cell is checked against the documented column, an empty or
 * missing optional cell takes the default, and a row with any problem is left out whole.
 */
export function readActorRows(table: ParsedTable): ActorRowsRead {
  const list = new ProblemList('actors');
  const map = mapHeaders(table.headers, actorColumns);
  headerProblems(map, list);
  const result: ActorRowsRead = { rows: table.rows.length, valid: [], invalidNames: new Map(), problems: list.problems };
  const nameAt = map.index.get('name');
  if (nameAt === undefined) {
    list.add(1, bothHeaders(actorColumns, 'name'), problemKey('missingColumn'), { column: bothHeaders(actorColumns, 'name') });
    return result;
  }
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const header = (i: number) => table.headers[i]!.trim();
    const cell = (field: (typeof actorColumns)[number]['field']): { text: string; column: string } | null => {
      const i = map.index.get(field);
      if (i === undefined) return null;
      const text = fromInertCell(cells[i] ?? '').trim();
      return text === '' ? null : { text, column: header(i) };
    };
    const coded = <C extends CodedColumn>(field: C & keyof ActorFields) => {
      const c = cell(field);
      if (!c) return undefined;
      const code = matchCode(field, c.text);
      if (code === null) list.add(row, c.column, problemKey('unknownValue'), { value: c.text });
      return code ?? undefined;
    };
    const flag = (field: 'insideCluster' | 'potentiallyViable' | 'leadingFirm') => {
      const c = cell(field);
      if (!c) return undefined;
      const b = parseBoolean(c.text);
      if (b === undefined) list.add(row, c.column, problemKey('notYesNo'), { value: c.text });
      return b;
    };
    const score = (field: 'influence' | 'interest') => {
      const c = cell(field);
      if (!c) return undefined;
      const n = parseScale(c.text, SCORE_MIN, SCORE_MAX);
      if (n === undefined) list.add(row, c.column, 'validation.score0to5');
      return n;
    };
    const text = (field: 'contact' | 'notes', max: number) => {
      const c = cell(field);
      if (c && c.text.length > max) list.add(row, c.column, 'validation.tooLong');
      return c?.text ?? '';
    };

    const nameCell = cell('name');
    const name = nameCell?.text.replace(/\s+/g, ' ') ?? '';
    if (!nameCell) list.add(row, header(nameAt), 'validation.required');
    else if (name.length > NAME_MAX) list.add(row, nameCell.column, 'validation.tooLong');
    const kind = coded('kind') ?? 'other';
    const base = defaultActorFields(name, kind);
    const fields: ActorFields = {
      ...base,
      sector: coded('sector') ?? base.sector,
      level: coded('level') ?? base.level,
      insideCluster: flag('insideCluster') ?? base.insideCluster,
      role: coded('role') ?? null,
      influence: score('influence') ?? base.influence,
      interest: score('interest') ?? base.interest,
      attitude: coded('attitude') ?? base.attitude,
      potentiallyViable: flag('potentiallyViable') ?? false,
      leadingFirm: flag('leadingFirm') ?? false,
      contact: text('contact', NAME_MAX),
      notes: text('notes', TEXT_MAX),
    };
    if (kind !== 'sme') {
      for (const field of ['potentiallyViable', 'leadingFirm'] as const) {
        const c = cell(field);
        if (c && fields[field]) list.add(row, c.column, problemKey('smeOnly'));
      }
    }
    if (nameCell && name.length <= NAME_MAX) {
      const key = nameKey(name);
      const first = firstRowOf.get(key);
      if (first !== undefined) list.add(row, nameCell.column, problemKey('repeatedName'), { name, firstRow: first });
      else firstRowOf.set(key, row);
    }
    if (list.hasRow(row)) {
      if (name !== '' && !result.invalidNames.has(nameKey(name))) result.invalidNames.set(nameKey(name), row);
    } else result.valid.push({ row, fields });
  }
  list.sortByColumns(table.headers);
  return result;
}
