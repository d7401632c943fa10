import { readScore, type ScoreProblem } from './readScore';

/**
 * Splits text copied from a spreadsheet (LibreOffice, Excel, Google Sheets: tab-separated rows)
 * into rows of cells. The line break after the last row is not a row; a cell in double quotes
 * may hold tabs or line breaks, and `""` inside it is one quote.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const src = text.replace(/\r\n?/g, '\n');
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A column of the grid as a paste needs it. */
export interface PasteColumn {
  id: string;
  name: string;
  max: number;
}

export interface PastedCell {
  clusterId: string;
  criterionId: string;
  value: number | null;
}

/**
 * Why a paste was refused: the message, and the cell (row and column index) it concerns when one
 * cell is at fault (the screen names that cell before the message).
 */
export interface PasteProblem {
  problem: ScoreProblem;
  at: { row: number; col: number } | null;
}

/**
 * Lays a pasted block onto the grid from the active cell (`start`: indexes into `rows` and
 * `columns`) and reads every value; `rows` are the candidates' cluster ids, top to bottom. An
 * empty pasted cell clears its cell, as in a spreadsheet; a row shorter than the block leaves
 * the cells past its end alone. All or nothing: a block that reaches past the grid, or any cell
 * that is not a score, refuses the whole paste (the first problem is returned).
 */
export function pasteBlock(
  block: string[][],
  start: { row: number; col: number },
  rows: readonly string[],
  columns: readonly PasteColumn[],
  decimal: ',' | '.',
): { ok: true; cells: PastedCell[] } | ({ ok: false } & PasteProblem) {
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return { ok: false, problem: { key: 'selectionScoring.paste.empty', params: {} }, at: null };
  if (start.row + height > rows.length || start.col + width > columns.length)
    return {
      ok: false,
      problem: {
        key: 'selectionScoring.paste.tooBig',
        params: { rows: height, columns: width, roomRows: rows.length - start.row, roomColumns: columns.length - start.col },
      },
      at: null,
    };
  const cells: PastedCell[] = [];
  for (let r = 0; r < height; r += 1) {
    const clusterId = rows[start.row + r]!;
    const texts = block[r]!;
    for (let c = 0; c < texts.length; c += 1) {
      const column = columns[start.col + c]!;
      const read = readScore(texts[c]!, column.max, column.name, decimal);
      if (!read.ok) return { ok: false, problem: read.problem, at: { row: start.row + r, col: start.col + c } };
      cells.push({ clusterId, criterionId: column.id, value: read.value });
    }
  }
  return { ok: true, cells };
}
