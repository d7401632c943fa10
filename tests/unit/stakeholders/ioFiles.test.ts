import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { parseOffThread } from '../../../electron/services/stakeholders/io/parseOffThread';
import { ParseRefusal } from '../../../electron/services/stakeholders/io/parseLimits';
import { parseTableFile } from '../../../electron/services/stakeholders/io/parseTableFile';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

async function refusal(p: Promise<unknown>): Promise<{ code: string; params: Record<string, string | number> }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParseRefusal || e instanceof AppError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('expected a refusal');
}

/** A zip by hand, so a test can make one that lies about its sizes. */
function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = zlib.deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('reading CSV', () => {
  it('reads UTF-8 with a BOM and semicolons, numbering rows as a spreadsheet does', async () => {
    const t = await parseTableFile('aktor.csv', utf8('\uFEFFnama;jenis\r\nKoperasi A;koperasi\r\n\r\n"IKM ""Maju""\r\nJaya";sme\r\n'));
    expect(t.headers).toEqual(['nama', 'jenis']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['Koperasi A', 'koperasi'] },
      { row: 4, cells: ['IKM "Maju"\r\nJaya', 'sme'] },
    ]);
  });

  it('reads a file older Excel saved as Windows-1252', async () => {
    const t = await parseTableFile('a.csv', new Uint8Array(Buffer.from('name\nCaf\xe9 Logam\n', 'latin1')));
    expect(t.rows[0]!.cells[0]).toBe('Café Logam');
  });

  it('refuses empty, binary, old-Excel and unclosed-quote files, and more than 20,000 rows', async () => {
    expect(await refusal(parseTableFile('a.csv', new Uint8Array()))).toMatchObject({
      code: 'importUnreadable',
      params: { detail: 'stakeholderIo.unreadable.empty' },
    });
    expect((await refusal(parseTableFile('a.csv', new Uint8Array([0x61, 0, 0x62])))).params.detail).toBe('stakeholderIo.unreadable.binary');
    expect((await refusal(parseTableFile('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1])))).params.detail).toBe('stakeholderIo.unreadable.oldExcel');
    expect((await refusal(parseTableFile('a.csv', utf8('name\n"open\n')))).params.detail).toBe('stakeholderIo.unreadable.quotes');
    const many = `name\n${Array.from({ length: 20_001 }, (_, i) => `A${i}`).join('\n')}\n`;
    expect(await refusal(parseTableFile('big.csv', utf8(many)))).toEqual({ code: 'importTooManyRows', params: { file: 'big.csv', limit: 20_000 } });
  });
});

describe('reading XLSX', () => {
  it('reads the first sheet: numbers, dates, rich text and formulas as text, row numbers kept', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hubungan');
    book.addWorksheet('Other').addRow(['ignored']);
    sheet.addRow(['from', 'to', 'strength', 'since']);
    sheet.addRow(['A', { richText: [{ text: 'B' }, { text: 'C' }] }, 4, new Date(Date.UTC(2024, 2, 1))]);
    sheet.getRow(4).values = ['D', 'E', { formula: '1+2', result: 3 }, '2024-01-02'];
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const t = await parseTableFile('hubungan.xlsx', bytes);
    expect(t.headers).toEqual(['from', 'to', 'strength', 'since']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['A', 'BC', '4', '2024-03-01'] },
      { row: 4, cells: ['D', 'E', '3', '2024-01-02'] },
    ]);
  });

  it('refuses a damaged file and a zip bomb before unpacking it', async () => {
    const ok = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect((await refusal(parseTableFile('x.xlsx', new Uint8Array(ok.subarray(0, ok.length - 30))))).params.detail).toBe('stakeholderIo.unreadable.damaged');
    expect((await refusal(parseTableFile('x.xlsx', utf8('not a zip at all')))).params.detail).toBe('stakeholderIo.unreadable.damaged');
    // An entry that says it holds 100 bytes but unpacks to 50 MB of zeros.
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(50 * 1024 * 1024), declaredSize: 100 }]);
    expect(liar.length).toBeLessThan(100 * 1024);
    expect(await refusal(parseTableFile('bomb.xlsx', new Uint8Array(liar)))).toMatchObject({
      code: 'importUnreadable',
      params: { detail: 'stakeholderIo.unreadable.zipTooLarge' },
    });
    // Entries that honestly declare more than any sheet of actors needs.
    const huge = zip(Array.from({ length: 3 }, (_, i) => ({ name: `x${i}.xml`, data: Buffer.from('x'), declaredSize: 100 * 1024 * 1024 })));
    expect((await refusal(parseTableFile('huge.xlsx', new Uint8Array(huge)))).params.detail).toBe('stakeholderIo.unreadable.zipTooLarge');
  });
});

describe('parsing on the worker thread', () => {
  it('reads files on the worker and reports refusals as AppErrors', async () => {
    const logs: string[] = [];
    const log = (m: string) => void logs.push(m);
    const t = await parseOffThread('aktor.csv', utf8('name,kind\nA,sme\n'), log);
    expect(t.rows).toEqual([{ row: 2, cells: ['A', 'sme'] }]);
    const e = await refusal(parseOffThread('x.xlsx', utf8('PK\u0003\u0004 broken'), log));
    expect(e).toMatchObject({ code: 'importUnreadable', params: { file: 'x.xlsx', detail: 'stakeholderIo.unreadable.damaged' } });
    // The worker loaded: nothing fell back to this thread.
    expect(logs).toEqual([]);
  });
});
