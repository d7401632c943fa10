import fs from 'node:fs';
import crypto from 'node:crypto';
import { dirname } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { APPLICATION_ID } from './constants';
import { checkSnapshot } from './checkSnapshot';
import { inspectHeader } from './inspectHeader';
import { migrate } from './migrate';
import { errorCodeOf, openRefusal } from './openRefusal';
import { probeLock } from './probeLock';
import { SIDECARS } from './workspaceFiles';
import { creatingName, pruneAbandonedCreations } from './pruneAbandonedCreations';
import type { Schema } from './schema';
import { openSqlite, type Database } from './sqlite';

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

function closeQuietly(db: Database | null): void {
  try {
    db?.close();
  } catch {
    // closing a connection to a damaged file may fail too; the file is what matters
  }
}

export interface OpenOptions {
  /** The schema this build writes: older files are migrated to it, newer ones refused. */
  schema: Schema;
  /** Called with the verified, locked connection before any migration writes to it. */
  beforeMigrate?: (db: Database, fromVersion: number) => Promise<void>;
}

/**
 * The checked way into an existing workspace: the header, then integrity, application_id
 * and user_version on a private snapshot ({@link checkSnapshot}), and only then the
 * writing connection with its lock. A refused file is left byte-for-byte as it was.
 *
 * Nothing beside the file is ever deleted here. A -wal that appeared while this open ran
 * may be the live journal of another process that won the race for the lock; deleting it
 * loses that process's commits at its next crash. The only connection that touches the
 * file is the writing one, and when it fails to get the lock it has created nothing; once
 * it holds the lock, SQLite itself removes the -wal on close.
 */
export async function openWorkspaceDb(path: string, options: OpenOptions): Promise<Database> {
  const latest = options.schema.latest;
  inspectHeader(path, latest);
  try {
    checkSnapshot(path, latest);
  } catch (e) {
    // A snapshot taken while another process writes may be torn: say what is really wrong.
    if (probeLock(path) === 'heldElsewhere') throw new AppError('lockedElsewhere', { path });
    throw e;
  }
  let db: Database | null = null;
  try {
    // Two opens at the same moment both hold a shared lock on the way to the exclusive
    // one; with no wait at all both give up. A short wait lets SQLite refuse one of them at
    // once and the other take the lock; a file that stays locked is refused this much later.
    db = openSqlite(path, { fileMustExist: true, timeout: 50 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    applyPragmas(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    // Only if another program changed the file between the snapshot and the lock.
    if (version > latest) throw new AppError('newerVersion', { path, fileVersion: version, appVersion: latest });
    if (version < latest) {
      await options.beforeMigrate?.(db, version);
      migrate(db, options.schema);
    }
    return db;
  } catch (e) {
    closeQuietly(db);
    throw openRefusal(e, path);
  }
}

/**
 * Puts a finished file under its name, never over another file: filling a large import takes
 * seconds, and something else may have taken the name meanwhile. A hard link fails when the
 * name exists; where links are not supported (FAT on a USB stick) the name is checked again just
 * before the rename.
 */
function moveIntoPlace(tmp: string, path: string): void {
  try {
    fs.linkSync(tmp, path);
    fs.rmSync(tmp);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('fileExists', { path });
  }
  if (fs.existsSync(path)) throw new AppError('fileExists', { path });
  fs.renameSync(tmp, path);
}

/**
 * Creates a new workspace at `path` and fills it, all in a temporary file that is renamed
 * into place only when complete, so a crash never leaves half a workspace under the name.
 */
export function createWorkspaceFile(path: string, schema: Schema, fill: (db: Database) => void): void {
  if (fs.existsSync(path)) throw new AppError('fileExists', { path });
  pruneAbandonedCreations(dirname(path));
  const tmp = creatingName(path, crypto.randomBytes(4).toString('hex'));
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
    moveIntoPlace(tmp, path);
  } catch (e) {
    closeQuietly(db);
    // The temporary name is random and ours alone: removing it and its journals is safe.
    for (const s of ['', ...SIDECARS]) fs.rmSync(tmp + s, { force: true });
    const code = errorCodeOf(e);
    if (code === 'SQLITE_CANTOPEN' || (e as NodeJS.ErrnoException).code === 'EACCES') throw new AppError('notWritable', { path });
    throw e;
  }
}
