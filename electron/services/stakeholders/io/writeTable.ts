import Papa from 'papaparse';
import type { ExportTable } from '../../../../shared/domain/stakeholders/io/exportRows';
import { inertCell } from '../../../../shared/domain/stakeholders/io/parseCell';

const inert = (t: ExportTable) => ({ headers: t.headers.map(inertCell), rows: t.rows.map((r) => r.map((c) => (typeof c === 'string' ? inertCell(c) : c))) });

/** CSV as Excel reads it: UTF-8 with a BOM, comma-separated, CRLF; no cell can start a formula. */
export function writeCsv(table: ExportTable): Buffer {
  const t = inert(table);
  const text = Papa.unparse({ fields: t.headers, data: t.rows.map((r) => r.map(String)) }, { newline: '\r\n' });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

/** Characters a worksheet's name may not hold, and its length limit. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/** XLSX with one sheet: header row bold and frozen, columns as wide as their text (within reason), numbers as numbers. */
export async function writeXlsx(table: ExportTable, name: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const t = inert(table);
  const book = new ExcelJS.Workbook();
  book.creator = 'Sentra';
  const sheet = book.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(t.headers).font = { bold: true };
  for (const r of t.rows) sheet.addRow(r);
  sheet.columns.forEach((col, i) => {
    const longest = Math.max(t.headers[i]!.length, ...t.rows.slice(0, 500).map((r) => String(r[i] ?? '').length));
    col.width = Math.min(50, Math.max(8, longest + 2));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
