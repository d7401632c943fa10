import type { PrintModel } from '../../print/printModel';
import { printWords } from '../../print/printWords';
import { addPlanSheet } from './addPlanSheet';
import { planSheets } from './planSheets';

export interface PlanXlsxOptions {
  /** The workbook's language; the model must have been built in it. */
  lang: 'id' | 'en';
}

/**
 * The plan's tables as an XLSX workbook, one worksheet per table (see `planSheets`), for a
 * secretariat or a Dinas to lift into its own work plan: amounts are numbers in Rupiah format
 * whose totals are live sums, headers stay frozen, and no cell can start a formula.
 */
export async function writePlanXlsx(model: PrintModel, opts: PlanXlsxOptions): Promise<Buffer> {
  if (opts.lang !== model.lang) throw new Error(`the print model is in ${model.lang}, not ${opts.lang}`);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Sentra';
  for (const sheet of planSheets(model, printWords(opts.lang))) addPlanSheet(book, sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}
