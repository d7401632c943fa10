import { describe, expect, it } from 'vitest';
import { parseTsv, pasteBlock } from '../../../../../renderer/src/features/selection/scoring/pasteBlock';

const columns = [
  { id: 'a', name: 'A', max: 10 },
  { id: 'b', name: 'B', max: 5 },
  { id: 'c', name: 'C', max: 10 },
];
const rows = ['r1', 'r2', 'r3'];

describe('parseTsv', () => {
  it('splits rows and tabs, ignoring the line break after the last row (Windows or Unix)', () => {
    expect(parseTsv('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('7,5')).toEqual([['7,5']]);
  });

  it('keeps empty cells and reads quoted cells with tabs, breaks and doubled quotes', () => {
    expect(parseTsv('1\t\t3')).toEqual([['1', '', '3']]);
    expect(parseTsv('"a\tb"\t"say ""hi"""\n"x\ny"')).toEqual([['a\tb', 'say "hi"'], ['x\ny']]);
  });

  it('gives no rows for empty text', () => {
    expect(parseTsv('')).toEqual([]);
  });
});

describe('pasteBlock', () => {
  it('lays the block from the active cell, row by row', () => {
    const r = pasteBlock(parseTsv('1\t2\n3\t4'), { row: 1, col: 1 }, rows, columns, ',');
    expect(r).toEqual({
      ok: true,
      cells: [
        { clusterId: 'r2', criterionId: 'b', value: 1 },
        { clusterId: 'r2', criterionId: 'c', value: 2 },
        { clusterId: 'r3', criterionId: 'b', value: 3 },
        { clusterId: 'r3', criterionId: 'c', value: 4 },
      ],
    });
  });

  it('clears cells pasted empty, and leaves cells past a short row alone', () => {
    const r = pasteBlock([['', '2,5'], ['1']], { row: 0, col: 0 }, rows, columns, ',');
    expect(r).toEqual({
      ok: true,
      cells: [
        { clusterId: 'r1', criterionId: 'a', value: null },
        { clusterId: 'r1', criterionId: 'b', value: 2.5 },
        { clusterId: 'r2', criterionId: 'a', value: 1 },
      ],
    });
  });

  it('refuses a block that runs past the grid, saying how much room there is', () => {
    expect(pasteBlock(parseTsv('1\t2\n3\t4'), { row: 2, col: 2 }, rows, columns, ',')).toEqual({
      ok: false,
      problem: { key: 'selectionScoring.paste.tooBig', params: { rows: 2, columns: 2, roomRows: 1, roomColumns: 1 } },
      at: null,
    });
  });

  it('refuses the whole block for one bad cell, pointing at it', () => {
    const r = pasteBlock(parseTsv('1\t2\n3\t9'), { row: 0, col: 0 }, rows, columns, ',');
    expect(r).toEqual({
      ok: false,
      problem: { key: 'errors.scoreOutOfRange', params: { value: '9', criterion: 'B', max: 5 } },
      at: { row: 1, col: 1 },
    });
    expect(pasteBlock([['x']], { row: 0, col: 0 }, rows, columns, ',')).toMatchObject({ ok: false, at: { row: 0, col: 0 } });
  });

  it('refuses an empty clipboard', () => {
    expect(pasteBlock([], { row: 0, col: 0 }, rows, columns, ',')).toMatchObject({ ok: false, problem: { key: 'selectionScoring.paste.empty' } });
  });
});
