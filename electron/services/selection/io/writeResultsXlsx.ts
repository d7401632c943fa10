import { inertCell } from '../../../../shared/domain/stakeholders/io/parseCell';
import { catalogText } from '../../stakeholders/io/catalogText';
import type { ResultsExport } from './resultsExport';

type Cell = string | number;
const inert = (c: Cell): Cell => (typeof c === 'string' ? inertCell(c) : c);

/**
 * The results as an XLSX sheet a working group can print: a title row (session and date), the
 * rubric's note when it has one (JICA published totals only), the Table 3.1 header in bold and
 * frozen, numbers as numbers (percent with one decimal), note rows in italics, columns sized to
 * their text. No cell can start a formula.
 */
export async function writeResultsXlsx(results: ResultsExport, lang: 'id' | 'en'): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const [header, ...rest] = results.rows;
  const width = header!.length;
  const body = rest.filter((r) => r.length === width);
  const notes = rest.filter((r) => r.length !== width);

  const book = new ExcelJS.Workbook();
  book.creator = 'Sentra';
  const sheet = book.addWorksheet(catalogText(lang, 'selectionExplain.export.sheet'));
  sheet.addRow([inertCell(catalogText(lang, 'selectionExplain.export.title', { session: results.sessionName }))]).font = { bold: true, size: 14 };
  sheet.addRow([inertCell(catalogText(lang, 'selectionExplain.export.date', { date: results.date }))]);
  if (results.rubricNote !== '') sheet.addRow([inertCell(results.rubricNote)]).font = { italic: true };
  sheet.addRow([]);
  const headerRow = sheet.addRow(header!.map(inert));
  headerRow.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
  for (const r of body) sheet.addRow(r.map(inert));
  // The percent column, fourth from the right (%, rank in group, rank, selected): one decimal, as Table 3.1 prints it.
  sheet.getColumn(width - 3).numFmt = '0.0';
  for (const n of notes) sheet.addRow(n.map(inert)).font = { italic: true };
  sheet.columns.forEach((col, i) => {
    const longest = Math.max(...[header!, ...body].map((r) => String(r[i] ?? '').length));
    col.width = Math.min(50, Math.max(8, longest + 2));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
