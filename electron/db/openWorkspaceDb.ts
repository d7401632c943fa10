import fs from 'node:fs';
import crypto from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import { APPLICATION_ID } from './constants';
import { inspectHeader } from './inspectHeader';
import { migrate } from './migrate';
import type { Schema } from './schema';
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

/** Removes the -wal/-shm/-journal files SQLite made that were not there before. */
function removeNewSidecars(path: string, existing: Set<string>): void {
  for (const s of SIDECARS) if (!existing.has(s)) fs.rmSync(path + s, { force: true });
}

function sidecarsOf(path: string): Set<string> {
  return new Set(SIDECARS.filter((s) => fs.existsSync(path + s)));
}

/**
 * Checks a file on a read-only connection: integrity, application_id, user_version, all
 * as they stand with any -wal from a crash applied. A read-only connection never
 * checkpoints, so a refused file and its WAL stay exactly as they were.
 */
function verifyReadOnly(path: string, latest: number): number {
  const existing = sidecarsOf(path);
  let db: Database | null = null;
  try {
    try {
      db = openSqlite(path, { readonly: true, fileMustExist: true, timeout: 0 });
    } catch (e) {
      throw new AppError(sqliteCode(e) === 'SQLITE_CANTOPEN' ? 'notWritable' : 'corrupt', { path });
    }
    let check: string;
    try {
      check = db.pragma('quick_check', { simple: true }) as string;
    } catch (e) {
      if (sqliteCode(e) === 'SQLITE_BUSY' || sqliteCode(e) === 'SQLITE_LOCKED') throw new AppError('lockedElsewhere', { path });
      throw new AppError('corrupt', { path });
    }
    if (check !== 'ok') throw new AppError('corrupt', { path });
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      throw new AppError('foreignDatabase', { path });
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) throw new AppError('newerVersion', { path, fileVersion: version, appVersion: latest });
    return version;
  } finally {
    try {
      db?.close();
    } catch {
      // closing a connection to a damaged file may fail too; the file is what matters
    }
    removeNewSidecars(path, existing);
  }
}

export interface OpenOptions {
  /** The schema this build writes: older files are migrated to it, newer ones refused. */
  schema: Schema;
  /** Called with the verified, locked connection before any migration writes to it. */
  beforeMigrate?: (db: Database, fromVersion: number) => Promise<void>;
}

/**
 * The checked way into an existing workspace: header, then integrity, application_id and
 * user_version on a read-only connection, and only then the writing connection with its
 * lock. A refused file is left byte-for-byte as it was, with no sidecar files added.
 */
export async function openWorkspaceDb(path: string, options: OpenOptions): Promise<Database> {
  inspectHeader(path, options.schema.latest);
  verifyReadOnly(path, options.schema.latest);
  const existing = sidecarsOf(path);
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
    applyPragmas(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < options.schema.latest) {
      await options.beforeMigrate?.(db, version);
      migrate(db, options.schema);
    }
    return db;
  } catch (e) {
    try {
      db?.close();
    } catch {
      // as above
    }
    removeNewSidecars(path, existing);
    throw e;
  }
}

/**
 * Creates a new workspace at `path` and fills it, all in a temporary file that is renamed
 * into place only when complete, so a crash never leaves half a workspace under the name.
 */
export function createWorkspaceFile(path: string, schema: Schema, fill: (db: Database) => void): void {
  if (fs.existsSync(path)) throw new AppError('fileExists', { path });
  const tmp = `${path}.${crypto.randomBytes(4).toString('hex')}.creating`;
  let db: Database | null = null;
  try {
    db = openSqlite(tmp);
    applyPragmas(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, schema);
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
