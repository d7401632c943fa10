import Papa from 'papaparse';
import type { ParsedTable } from '../../../../shared/domain/stakeholders/io/importColumns';
import { IMPORT_COLUMNS_MAX, IMPORT_ROWS_MAX, ParseRefusal, unreadable } from './parseLimits';

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252, what older Excel saves as "CSV". */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The separator of the header row (outside quotes): comma, semicolon (what Excel writes in
 * Indonesian settings) or tab, whichever it has most of. Papaparse's own guess wants every row
 * to have as many fields, which an empty row or a half-filled sheet breaks.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Reads a CSV: comma, semicolon or tab, as {@link guessDelimiter} finds. The first row is the header; empty rows are skipped but still counted, so row
 * numbers are the ones a spreadsheet shows.
 */
export function readCsv(bytes: Uint8Array, file: string): ParsedTable {
  const text = decode(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: guessDelimiter(text) });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) throw new ParseRefusal('importUnreadable', { file, detail: unreadable('quotes') });
  return toTable(parsed.data, file);
}

/** The header and the non-empty rows of a grid of cells, within the caps. */
export function toTable(grid: readonly (readonly string[])[], file: string): ParsedTable {
  const [head, ...body] = grid;
  if (!head || head.every((c) => c.trim() === '')) throw new ParseRefusal('importUnreadable', { file, detail: unreadable('noHeader') });
  if (grid.some((r) => r.length > IMPORT_COLUMNS_MAX)) throw new ParseRefusal('importUnreadable', { file, detail: unreadable('tooManyColumns') });
  const rows: ParsedTable['rows'] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    rows.push({ row: i + 2, cells: [...cells] });
  });
  if (rows.length > IMPORT_ROWS_MAX) throw new ParseRefusal('importTooManyRows', { file, limit: IMPORT_ROWS_MAX });
  return { headers: [...head], rows };
}
