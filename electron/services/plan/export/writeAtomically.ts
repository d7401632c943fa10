import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/contract/errors';

/**
 * The file system's refusals a user can act on, as the app's errors; anything else is rethrown.
 * ENOENT is among them because the folder is known to exist when this is asked: a folder that
 * takes no new files (Linux's /proc, /sys) answers a create with ENOENT, not EACCES.
 */
function writeFailure(e: unknown, target: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENOENT')
    return new AppError('notWritable', { path: target });
  if (code === 'ENOSPC' || code === 'EIO' || code === 'EDQUOT') return new AppError('ioError', { path: target });
  return e;
}

/**
 * Refuses a target {@link writeAtomically} would refuse, before anything slow is made for it:
 * a missing folder, a target that is itself a folder, an existing file (unless `force`), a folder
 * this process cannot write in.
 */
export function checkTarget(target: string, force: boolean): void {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new AppError('fileMissing', { path: dir });
  // said as it is, before "already exists" or "cannot write": a folder is never replaced, --force or not
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new AppError('targetIsFolder', { path: target });
  if (!force && fs.existsSync(target)) throw new AppError('fileExists', { path: target });
  // A real file made and removed: access() answers for the real user, not the effective one, and
  // knows nothing of Windows ACLs or a USB stick mounted read-only.
  const probe = tempName(target);
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
  } catch (e) {
    throw writeFailure(e, target);
  }
}

/** A dot-name beside the target, unique to this write, so two runs never share one. */
function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `bytes` to `target` so that it is either the whole new file or not there at all: into a
 * temporary file in the same folder (so the rename cannot cross disks), flushed to the disk, then
 * renamed over the target. Any failure removes the temporary file. An existing target is refused
 * (`fileExists`) unless `force`; a missing folder is `fileMissing`, one that cannot be written
 * `notWritable`, a full or failing disk `ioError`.
 */
export function writeAtomically(target: string, bytes: Uint8Array, force: boolean): void {
  checkTarget(target, force);
  const tmp = tempName(target);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx');
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw Object.assign(new Error(target), { code: 'EISDIR' });
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw writeFailure(e, target);
  }
}
