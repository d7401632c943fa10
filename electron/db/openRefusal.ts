import fs from 'node:fs';
import { AppError } from '../../shared/contract/errors';

/** SQLite's extended result code (`SQLITE_BUSY_RECOVERY`) or Node's errno name (`EACCES`), or ''. */
export function errorCodeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
}

/** Whether this process may open `path` for writing; opening without truncating or creating changes nothing. */
function canWrite(path: string): boolean {
  try {
    fs.closeSync(fs.openSync(path, fs.constants.O_RDWR));
    return true;
  } catch {
    return false;
  }
}

function canRead(path: string): boolean {
  try {
    fs.closeSync(fs.openSync(path, 'r'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a workspace could not be read or opened for writing, in words the user can act on.
 * SQLite's extended codes are families (`SQLITE_BUSY_RECOVERY` is still "someone else is
 * in there"), and several of them mean only "no permission": on POSIX a read-only file
 * surfaces as `SQLITE_IOERR_LOCK` (a write lock needs a writable descriptor), so the
 * file's permissions decide between a read-only file and a real I/O failure. Anything
 * that is not about access, locks or damage is returned as it came, to be logged as a
 * bug rather than worded as something it is not.
 */
export function openRefusal(e: unknown, path: string): unknown {
  if (e instanceof AppError) return e;
  const code = errorCodeOf(e);
  const refuse = (c: ConstructorParameters<typeof AppError>[0]) => new AppError(c, { path });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return refuse('lockedElsewhere');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return refuse('corrupt');
  if (code === 'SQLITE_READONLY_DIRECTORY') return refuse('folderReadOnly');
  if (code === 'ENOENT') return refuse('fileMissing');
  if (code === 'EISDIR') return refuse('isFolder');
  const aboutAccess =
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_IOERR_LOCK' ||
    ['EACCES', 'EPERM', 'EROFS'].includes(code);
  if (aboutAccess) {
    if (!canRead(path)) return refuse('notReadable');
    if (!canWrite(path)) return refuse('fileReadOnly');
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY_CANTINIT') return refuse('folderReadOnly');
  if (aboutAccess || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_FULL' || code === 'EIO' || code === 'ENOSPC') return refuse('ioError');
  return e;
}
