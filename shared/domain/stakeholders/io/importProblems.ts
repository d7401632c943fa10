import type { ImportProblem } from '../../../contract/stakeholders';
import { type HeaderMap, type ImportColumn, columnHeader } from './importColumns';

/** The catalog keys of the import's own problems (`stakeholderIo.problems.*`); schema rules use `validation.*`. */
export const problemKey = (name: string) => `stakeholderIo.problems.${name}`;

/** Collects one file's problems and says which rows have any. */
export class ProblemList {
  readonly problems: ImportProblem[] = [];
  private readonly badRows = new Set<number>();

  constructor(private readonly file: ImportProblem['file']) {}

  add(row: number, column: string, code: string, params?: ImportProblem['params']): void {
    this.problems.push(params ? { file: this.file, row, column, code, params } : { file: this.file, row, column, code });
    this.badRows.add(row);
  }

  hasRow(row: number): boolean {
    return this.badRows.has(row);
  }

  /** Orders the problems as the file reads: by row, then left to right by the column's place in the header. */
  sortByColumns(headers: readonly string[]): void {
    const place = new Map(headers.map((h, i) => [h.trim(), i] as const).reverse());
    const at = (column: string) => place.get(column) ?? headers.length;
    // Array.prototype.sort is stable: problems of one cell keep the order they were found in.
    this.problems.sort((a, b) => a.row - b.row || at(a.column) - at(b.column));
  }
}

/** Both headers of a documented column, for a problem about a column the file lacks. */
export function bothHeaders<F extends string>(columns: readonly ImportColumn<F>[], field: F): string {
  const id = columnHeader(columns, field, 'id');
  const en = columnHeader(columns, field, 'en');
  return id === en ? id : `${id} / ${en}`;
}

/** Problems of the header row: columns nobody documented (left out) and columns named twice. */
export function headerProblems<F extends string>(map: HeaderMap<F>, list: ProblemList): void {
  for (const { column } of map.unknown) list.add(1, column, problemKey('unknownColumn'), { column });
  for (const { column } of map.repeated) list.add(1, column, problemKey('repeatedColumn'), { column });
}
