import fs from 'node:fs';
import crypto from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import { APPLICATION_ID } from './constants';
import { inspectHeader } from './inspectHeader';
import { LATEST_VERSION } from './migrations';
import { migrate, needsMigration } from './migrate';
import { openSqlite, type Database } from './sqlite';

const SIDECARS = ['-wal', '-shm', '-journal'];

function sqliteCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
}

/**
 * Connection settings every workspace gets. EXCLUSIVE locking holds the file lock for as
 * long as the connection lives, so no second window, instance or CLI can write the same
 * file, and the OS drops the lock if the process dies. It also means WAL needs no -shm file.
 */
function applyPragmas(db: Database): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  // WAL's default NORMAL may lose the last commits on power loss; FULL does not.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
}

function takeLock(db: Database, path: string): void {
  try {
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (e) {
    const code = sqliteCode(e);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new AppError('lockedElsewhere', { path });
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') throw new AppError('notWritable', { path });
    throw new AppError('corrupt', { path });
  }
}

function verify(db: Database, path: string): number {
  let check: string;
  try {
    check = db.pragma('quick_check', { simple: true }) as string;
  } catch {
    throw new AppError('corrupt', { path });
  }
  if (check !== 'ok') throw new AppError('corrupt', { path });
  if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
    throw new AppError('foreignDatabase', { path });
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_VERSION) throw new AppError('newerVersion', { path, fileVersion: version, appVersion: LATEST_VERSION });
  return version;
}

export interface OpenOptions {
  /** Called with the verified, locked connection before any migration writes to it. */
  beforeMigrate?: (db: Database, fromVersion: number) => Promise<void>;
}

/**
 * The checked way into an existing workspace: header, lock, quick_check, application_id
 * and user_version are all confirmed before anything writes. A refused file is left
 * byte-for-byte as it was, with no -wal or -shm beside it that it did not already have.
 */
export async function openWorkspaceDb(path: string, options: OpenOptions = {}): Promise<Database> {
  inspectHeader(path, LATEST_VERSION);
  const existing = new Set(SIDECARS.filter((s) => fs.existsSync(path + s)));
  let db: Database | null = null;
  try {
    try {
      db = openSqlite(path, { fileMustExist: true, timeout: 0 });
      db.pragma('locking_mode = EXCLUSIVE');
    } catch (e) {
      if (sqliteCode(e) === 'SQLITE_CANTOPEN') throw new AppError('notWritable', { path });
      throw new AppError('corrupt', { path });
    }
    takeLock(db, path);
    const version = verify(db, path);
    applyPragmas(db);
    if (needsMigration(version)) {
      await options.beforeMigrate?.(db, version);
      migrate(db);
    }
    return db;
  } catch (e) {
    try {
      db?.close();
    } catch {
      // closing a connection to a damaged file may fail too; the file is what matters
    }
    for (const s of SIDECARS) if (!existing.has(s)) fs.rmSync(path + s, { force: true });
    throw e;
  }
}

/**
 * Creates a new workspace at `path` and fills it, all in a temporary file that is renamed
 * into place only when complete, so a crash never leaves half a workspace under the name.
 */
export function createWorkspaceFile(path: string, fill: (db: Database) => void): void {
  if (fs.existsSync(path)) throw new AppError('fileExists', { path });
  const tmp = `${path}.${crypto.randomBytes(4).toString('hex')}.creating`;
  let db: Database | null = null;
  try {
    db = openSqlite(tmp);
    applyPragmas(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    const conn = db;
    conn.transaction(() => fill(conn)).immediate();
    db.close();
    db = null;
    fs.renameSync(tmp, path);
  } catch (e) {
    db?.close();
    for (const s of ['', ...SIDECARS]) fs.rmSync(tmp + s, { force: true });
    const code = sqliteCode(e);
    if (code === 'SQLITE_CANTOPEN' || (e as NodeJS.ErrnoException).code === 'EACCES') throw new AppError('notWritable', { path });
    throw e;
  }
}
