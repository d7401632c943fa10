import { openSqlite, type Database } from './sqlite';

/** `heldElsewhere`: a writer (the app, browser mode, another CLI run) holds the file. */
export type LockState = 'free' | 'heldElsewhere' | 'unknown';

function sqliteCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
}

/**
 * Asks whether another connection holds a workspace's lock without creating, changing or
 * deleting any file, so it never has anything to clean up (and so never removes a -wal
 * another process lives in).
 *
 * A read-only connection in exclusive locking mode first takes a shared lock on the file:
 * SQLITE_BUSY means a writer holds it, as the app's exclusive connection always does. For a
 * WAL file it next needs the exclusive lock that exclusive-mode WAL takes, which a
 * read-only handle cannot hold (SQLITE_IOERR_LOCK): it stops there, before opening the -wal,
 * and in exclusive mode it never uses a -shm at all. A rollback-journal file is simply read
 * under the shared lock; a hot journal stops it with SQLITE_READONLY_ROLLBACK (the writer that
 * left it is gone). Checked on Linux; a connection that merely reads in normal WAL mode
 * holds no lock this can see.
 */
export function probeLock(file: string): LockState {
  let db: Database | null = null;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return 'free';
  } catch (e) {
    const code = sqliteCode(e);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return 'heldElsewhere';
    if (code === 'SQLITE_IOERR_LOCK' || code === 'SQLITE_READONLY_ROLLBACK') return 'free';
    return 'unknown';
  } finally {
    try {
      db?.close();
    } catch {
      // a read-only connection that wrote nothing: closing cannot lose anything
    }
  }
}
