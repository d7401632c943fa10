import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../shared/contract/workspace';
import { APPLICATION_ID, BACKUPS_KEPT } from './constants';
import type { Database } from './sqlite';

const NAME = /^(\d{8}T\d{9})-(open|interval|migration)\.sentra$/;
/** A backup being written (its name, a random part, `.partial`), and the journal SQLite keeps while writing it. */
const PARTIAL = /^\d{8}T\d{9}-(open|interval|migration)\.sentra\.[0-9a-f]{8}\.partial(-journal)?$/;
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Leftovers this old were left by a process that died while writing them. */
export const LEFTOVER_AGE_MS = 60 * 60 * 1000;

/**
 * Whether `file` is a whole workspace copy: our SQLite header, and a size that matches the
 * page count the header records. A backup cut short is empty, or shorter than its header says.
 */
export function isWholeBackup(file: string): boolean {
  let header: Buffer;
  let size: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      size = fs.fstatSync(fd).size;
      header = Buffer.alloc(100);
      if (fs.readSync(fd, header, 0, 100, 0) < 100) return false;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (!header.subarray(0, 16).equals(MAGIC) || pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return false;
  if (header.readUInt32BE(68) !== APPLICATION_ID || size % pageSize !== 0) return false;
  // The page count is valid when written by the same change as the counter beside it.
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  return !countValid || header.readUInt32BE(28) * pageSize === size;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.Z]/g, '');
}

function parseStamp(s: string): string {
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  return new Date(iso).toISOString();
}

/** Each backup has a small note beside it naming the file it was taken from. */
function originOf(backupFile: string): string {
  try {
    return (JSON.parse(fs.readFileSync(`${backupFile}.json`, 'utf8')) as { origin: string }).origin;
  } catch {
    return '';
  }
}

/** The backups of one workspace (`dir` is its backup folder), newest first. Only whole ones count. */
export function listBackups(dir: string): BackupEntry[] {
  if (!fs.existsSync(dir)) return [];
  const group = path.basename(dir);
  return fs
    .readdirSync(dir)
    .map((f) => ({ f, m: NAME.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null && isWholeBackup(path.join(dir, x.f)))
    .map(({ f, m }) => ({
      id: `${group}/${f}`,
      origin: originOf(path.join(dir, f)),
      takenAt: parseStamp(m[1]!),
      reason: m[2] as BackupEntry['reason'],
      sizeBytes: fs.statSync(path.join(dir, f)).size,
    }))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Backups of every workspace under `root`, newest first. */
export function listAllBackups(root: string): BackupEntry[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => listBackups(path.join(root, d.name)))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Removes what is not a backup worth keeping: all but the newest {@link BACKUPS_KEPT}
 * whole backups, and leftovers older than {@link LEFTOVER_AGE_MS} (a backup whose writer
 * died, a note without its backup, a file under a backup's name that is not whole).
 * Younger leftovers may belong to a backup another process is writing right now.
 */
function pruneBackups(dir: string, now: number): void {
  const remove = (file: string) => {
    for (const suffix of ['', '.json']) fs.rmSync(file + suffix, { force: true });
  };
  for (const old of listBackups(dir).slice(BACKUPS_KEPT)) remove(path.join(dir, path.basename(old.id)));
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const leftover =
      PARTIAL.test(name) ||
      (NAME.test(name) && !isWholeBackup(file)) ||
      (name.endsWith('.json') && NAME.test(name.slice(0, -'.json'.length)) && !fs.existsSync(file.slice(0, -'.json'.length)));
    if (!leftover) continue;
    try {
      if (now - fs.statSync(file).mtimeMs >= LEFTOVER_AGE_MS) fs.rmSync(file, { force: true });
    } catch {
      // gone meanwhile, or not ours to remove: left for the next backup
    }
  }
}

/**
 * Copies a live workspace with SQLite's online backup API (consistent even mid-session)
 * into `dir`, then keeps only the newest {@link BACKUPS_KEPT}. The copy is written under a
 * temporary name and takes its backup's name only once it is checked whole, so a backup
 * cut short (the app killed, the disk full) is never listed, counted or restored.
 */
export async function takeBackup(db: Database, dir: string, reason: BackupEntry['reason'], origin: string): Promise<BackupEntry> {
  fs.mkdirSync(dir, { recursive: true });
  // The note beside a backup is created first, exclusively: it reserves the name.
  let at = Date.now();
  let name: string;
  for (;;) {
    name = `${stamp(new Date(at++))}-${reason}.sentra`;
    if (fs.existsSync(path.join(dir, name))) continue;
    try {
      fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ origin }), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const final = path.join(dir, name);
  const partial = `${final}.${crypto.randomBytes(4).toString('hex')}.partial`;
  try {
    await db.backup(partial);
    if (!isWholeBackup(partial)) throw new Error(`backup ${partial} is not whole after writing`);
    fs.renameSync(partial, final);
  } catch (e) {
    for (const file of [partial, `${partial}-journal`, `${final}.json`]) fs.rmSync(file, { force: true });
    throw e;
  }
  pruneBackups(dir, Date.now());
  return listBackups(dir).find((b) => b.id.endsWith(`/${name}`))!;
}

/** Resolves a backup id to its file under `root`, refusing anything that is not one of ours. */
export function backupPath(root: string, id: string): string | null {
  const [group, file, ...rest] = id.split('/');
  if (!group || !file || rest.length > 0 || !/^[a-zA-Z0-9-]+$/.test(group) || !NAME.test(file)) return null;
  const p = path.join(root, group, file);
  return fs.existsSync(p) ? p : null;
}
