import type ExcelJS from 'exceljs';
import { inertCell } from '../../../../../shared/domain/stakeholders/io/parseCell';

/** How a column's cells are stored and shown. */
export type SheetColumnKind = 'text' | 'longText' | 'rupiah' | 'number' | 'share';

export interface SheetColumn {
  header: string;
  kind: SheetColumnKind;
  /** Width in characters; a sensible one for the kind when not given. */
  width?: number;
}

export type SheetValue = string | number | null;

export interface PlanSheet {
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
  /** Rows to set in bold (a program's row among its activities), by index into `rows`. */
  boldRows?: ReadonlySet<number>;
  /** Columns holding one cell per month to shade where the value is 1 (the Gantt), by index. */
  monthColumns?: readonly number[];
  /** A bold total row under the rows, with this label: every Rupiah and share column summed. */
  total?: string;
}

/**
 * Rupiah as a number format: Excel writes the grouping of the reader's own locale (1.250.000 in an
 * Indonesian Excel, 1,250,000 in an English one), so the cell stays a number that sums.
 */
export const RUPIAH_FORMAT = '"Rp" #,##0';
const SHARE_FORMAT = '0.0%';
const WIDTH: Record<SheetColumnKind, number> = { text: 22, longText: 48, rupiah: 18, number: 11, share: 9 };
const BAR_FILL = 'FF808080';
const HEADER_FILL = 'FFD9D9D9';

/** Characters a worksheet's name may not hold; Excel allows 31 characters. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** Excel's letters for a 1-based column number (1 → A, 27 → AA). */
function columnLetter(n: number): string {
  let s = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) s = String.fromCharCode(65 + ((rest - 1) % 26)) + s;
  return s;
}

/**
 * Adds one plan table as a worksheet: a bold, shaded header row that stays frozen, set column
 * widths, long texts wrapped, amounts as numbers in Rupiah format, shares as percentages, measures
 * as plain numbers, month
 * cells shaded for the Gantt, and a total row whose sums are live formulas (with their values
 * cached, so readers that do not calculate see them). No text cell can start a formula.
 */
export function addPlanSheet(book: ExcelJS.Workbook, spec: PlanSheet): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(sheetName(spec.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ width: c.width ?? WIDTH[c.kind] }));
  const header = sheet.addRow(spec.columns.map((c) => inertCell(c.header)));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  const months = new Set(spec.monthColumns ?? []);
  spec.rows.forEach((values, r) => {
    const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? inertCell(v) : v)));
    row.alignment = { wrapText: true, vertical: 'top' };
    if (spec.boldRows?.has(r)) row.font = { bold: true };
    for (const i of months)
      if (values[i] === 1) {
        const cell = row.getCell(i + 1);
        cell.value = null;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BAR_FILL } };
      }
  });
  if (spec.total !== undefined) {
    const last = spec.rows.length + 1;
    const row = sheet.addRow([inertCell(spec.total)]);
    row.font = { bold: true };
    spec.columns.forEach((c, i) => {
      if (c.kind !== 'rupiah' && c.kind !== 'share') return;
      const letter = columnLetter(i + 1);
      const result = spec.rows.reduce((sum, v) => sum + (typeof v[i] === 'number' ? v[i] : 0), 0);
      row.getCell(i + 1).value = spec.rows.length === 0 ? 0 : { formula: `SUM(${letter}2:${letter}${last})`, result };
    });
  }
  spec.columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    if (c.kind === 'rupiah') col.numFmt = RUPIAH_FORMAT;
    if (c.kind === 'share') col.numFmt = SHARE_FORMAT;
  });
  return sheet;
}
