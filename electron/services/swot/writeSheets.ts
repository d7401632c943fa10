import type { ExportTable } from '../../../shared/domain/stakeholders/io/exportRows';
import { inertCell } from '../../../shared/domain/stakeholders/io/parseCell';

/** A worksheet to write: its name (cut to what Excel allows) and its table. */
export interface Sheet {
  name: string;
  table: ExportTable;
}

/**
 * XLSX with one worksheet per table, laid out as `writeXlsx` lays out one (stakeholders/io/writeTable):
 * header row bold and frozen, columns as wide as their text within reason, numbers as numbers,
 * no text cell a spreadsheet could run as a formula, long texts wrapped.
 */
export async function writeSheets(sheets: readonly Sheet[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Sentra';
  for (const { name, table } of sheets) {
    const sheet = book.addWorksheet(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.headers.map(inertCell)).font = { bold: true };
    for (const r of table.rows) sheet.addRow(r.map((c) => (typeof c === 'string' ? inertCell(c) : c))).alignment = { wrapText: true, vertical: 'top' };
    sheet.columns.forEach((col, i) => {
      const longest = Math.max(table.headers[i]!.length, ...table.rows.slice(0, 500).map((r) => String(r[i] ?? '').length));
      col.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
