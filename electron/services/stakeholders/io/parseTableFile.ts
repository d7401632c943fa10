import type { ParsedTable } from '../../../../shared/domain/stakeholders/io/importColumns';
import { ParseRefusal, unreadable } from './parseLimits';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Old Excel (.xls, OLE compound file): named so the user knows to save as XLSX or CSV. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

/** Reads a CSV or XLSX file (told apart by its content, not only its name) into a table. */
export async function parseTableFile(fileName: string, bytes: Uint8Array): Promise<ParsedTable> {
  if (bytes.length === 0) throw new ParseRefusal('importUnreadable', { file: fileName, detail: unreadable('empty') });
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes, fileName);
  if (startsWith(bytes, OLE_MAGIC)) throw new ParseRefusal('importUnreadable', { file: fileName, detail: unreadable('oldExcel') });
  if (/\.xlsx$/i.test(fileName)) throw new ParseRefusal('importUnreadable', { file: fileName, detail: unreadable('damaged') });
  if (bytes.includes(0)) throw new ParseRefusal('importUnreadable', { file: fileName, detail: unreadable('binary') });
  return readCsv(bytes, fileName);
}
