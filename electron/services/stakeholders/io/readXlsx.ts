import type { ParsedTable } from '../../../../shared/domain/stakeholders/io/importColumns';
import { IMPORT_COLUMNS_MAX, IMPORT_ROWS_MAX, ParseRefusal, unreadable } from './parseLimits';
import { toTable } from './readCsv';
import { checkZip } from './zipGuard';

/** A cell's value as text: dates as YYYY-MM-DD, formulas by their result, rich text and links by their text. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
  }
  return '';
}

/**
 * Reads the first sheet of an XLSX with exceljs, after the zip guard has checked what it
 * unpacks to. Row numbers are the sheet's own.
 */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<ParsedTable> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkZip(buffer, file);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new ParseRefusal('importUnreadable', { file, detail: unreadable('damaged') });
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new ParseRefusal('importUnreadable', { file, detail: unreadable('noSheet') });
  const grid: string[][] = [];
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (++count > IMPORT_ROWS_MAX + 1) throw new ParseRefusal('importTooManyRows', { file, limit: IMPORT_ROWS_MAX });
    // row.values is 1-based (index 0 is empty).
    const values = (row.values as unknown[]).slice(1);
    if (values.length > IMPORT_COLUMNS_MAX) throw new ParseRefusal('importUnreadable', { file, detail: unreadable('tooManyColumns') });
    grid[n - 1] = Array.from(values, cellText);
  });
  // Rows the sheet leaves out are empty rows: keep their numbers.
  return toTable(
    Array.from(grid, (r) => r ?? []),
    file,
  );
}
