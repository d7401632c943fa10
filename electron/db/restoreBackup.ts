import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ErrorCode } from '../../shared/contract/errors';
import { checkSnapshot } from './checkSnapshot';
import { inspectHeader } from './inspectHeader';
import { creatingName, pruneAbandonedCreations } from './pruneAbandonedCreations';

/** Refusals that mean the backup itself is not a usable workspace. */
const DAMAGED: readonly ErrorCode[] = ['fileEmpty', 'notSqlite', 'corrupt', 'foreignDatabase'];

/**
 * Restores the backup `source` as a new workspace at `target` (which must not exist). The
 * copy is made under a temporary name beside the target and checked as the app checks any
 * file it opens; only a good copy is given its new identity (`giveIdentity`) and renamed
 * into place. A damaged backup is refused with its name, and nothing is left behind.
 */
export function restoreBackup(source: string, target: string, latest: number, giveIdentity: (file: string) => void): void {
  pruneAbandonedCreations(path.dirname(target));
  const tmp = creatingName(target, crypto.randomBytes(4).toString('hex'));
  try {
    fs.copyFileSync(source, tmp, fs.constants.COPYFILE_EXCL);
    try {
      inspectHeader(tmp, latest);
      checkSnapshot(tmp, latest);
    } catch (e) {
      if (e instanceof AppError && DAMAGED.includes(e.code)) throw new AppError('backupDamaged', { name: path.basename(source) });
      throw e;
    }
    giveIdentity(tmp);
    if (fs.existsSync(target)) throw new AppError('fileExists', { path: target });
    fs.renameSync(tmp, target);
  } finally {
    // After the rename there is nothing left under the temporary name; before it, only ours.
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(tmp + suffix, { force: true });
  }
}
