import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../shared/contract/workspace';
import { BACKUPS_KEPT } from './constants';
import type { Database } from './sqlite';

const NAME = /^(\d{8}T\d{9})-(open|interval|migration)\.sentra$/;

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

/** The backups of one workspace (`dir` is its backup folder), newest first. */
export function listBackups(dir: string): BackupEntry[] {
  if (!fs.existsSync(dir)) return [];
  const group = path.basename(dir);
  return fs
    .readdirSync(dir)
    .map((f) => ({ f, m: NAME.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
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
 * Copies a live workspace with SQLite's online backup API (consistent even mid-session)
 * into `dir`, then keeps only the newest {@link BACKUPS_KEPT}.
 */
export async function takeBackup(db: Database, dir: string, reason: BackupEntry['reason'], origin: string): Promise<BackupEntry> {
  fs.mkdirSync(dir, { recursive: true });
  let at = Date.now();
  while (fs.existsSync(path.join(dir, `${stamp(new Date(at))}-${reason}.sentra`))) at += 1;
  const name = `${stamp(new Date(at))}-${reason}.sentra`;
  await db.backup(path.join(dir, name));
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ origin }));
  const all = listBackups(dir);
  for (const old of all.slice(BACKUPS_KEPT)) {
    const file = path.join(dir, path.basename(old.id));
    fs.rmSync(file, { force: true });
    fs.rmSync(`${file}.json`, { force: true });
  }
  return all.find((b) => b.id.endsWith(name))!;
}

/** Resolves a backup id to its file under `root`, refusing anything that is not one of ours. */
export function backupPath(root: string, id: string): string | null {
  const [group, file, ...rest] = id.split('/');
  if (!group || !file || rest.length > 0 || !/^[a-zA-Z0-9-]+$/.test(group) || !NAME.test(file)) return null;
  const p = path.join(root, group, file);
  return fs.existsSync(p) ? p : null;
}
