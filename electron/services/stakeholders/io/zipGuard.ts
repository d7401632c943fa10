import zlib from 'node:zlib';
import { ParseRefusal, XLSX_ENTRIES_MAX, XLSX_UNPACKED_MAX, unreadable } from './parseLimits';

/*
 * An XLSX is a zip. Before exceljs unpacks one in memory, every entry is inflated here with its
 * output capped at the size the archive declares, so a zip bomb (or one that lies about its
 * sizes) is refused before it can fill memory that a worker's heap limit does not cover.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(b: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Throws a ParseRefusal unless the archive is a plain zip whose entries unpack to what they declare, within the caps. */
export function checkZip(b: Buffer, file: string): void {
  const refuse = (reason: string) => new ParseRefusal('importUnreadable', { file, detail: unreadable(reason) });
  const end = findEndOfCentralDirectory(b);
  if (end < 0) throw refuse('damaged');
  const entries = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) throw refuse('zipUnsupported');
  if (entries > XLSX_ENTRIES_MAX) throw refuse('zipTooLarge');
  // First the directory alone: what the entries declare, before anything is unpacked.
  const found: { method: number; packed: number; size: number; local: number }[] = [];
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL) throw refuse('damaged');
    const flags = b.readUInt16LE(at + 8);
    const entry = { method: b.readUInt16LE(at + 10), packed: b.readUInt32LE(at + 20), size: b.readUInt32LE(at + 24), local: b.readUInt32LE(at + 42) };
    if (flags & 1 || entry.packed === 0xffffffff || entry.size === 0xffffffff) throw refuse('zipUnsupported');
    total += entry.size;
    if (total > XLSX_UNPACKED_MAX) throw refuse('zipTooLarge');
    found.push(entry);
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  for (const { method, packed, size, local } of found) {
    if (local + 30 > b.length || b.readUInt32LE(local) !== LOCAL) throw refuse('damaged');
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (start + packed > b.length) throw refuse('damaged');
    const data = b.subarray(start, start + packed);
    if (method === 8) {
      let out: Buffer;
      try {
        // One byte more than declared: an entry that unpacks to more fails here instead of growing.
        out = zlib.inflateRawSync(data, { maxOutputLength: size + 1 });
      } catch (e) {
        throw refuse((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'zipTooLarge' : 'damaged');
      }
      if (out.length !== size) throw refuse(out.length > size ? 'zipTooLarge' : 'damaged');
    } else if (method !== 0 || packed !== size) throw refuse('zipUnsupported');
  }
}
