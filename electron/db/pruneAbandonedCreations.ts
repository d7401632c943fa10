import fs from 'node:fs';
import path from 'node:path';
import { probeLock } from './probeLock';
import { SIDECARS } from './workspaceFiles';

/** The temporary name a workspace is built under before it is renamed into place. */
export function creatingName(target: string, random: string): string {
  return `${target}.${random}.creating`;
}

const CREATING = /\.[0-9a-f]{8}\.creating$/;

/**
 * A creation that started this long ago and whose file nobody holds the lock on was
 * killed. The writer takes its exclusive lock moments after creating the file and keeps
 * it until the rename; the age only covers those first moments.
 */
export const ABANDONED_AFTER_MS = 60_000;

/**
 * Removes what killed creations (a new workspace, an import, a restore) left in `dir`:
 * `*.creating` files with their journals, once nobody can be using them. Returns what
 * was removed; a file that cannot be inspected or removed is left for another time.
 */
export function pruneAbandonedCreations(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => CREATING.test(n))) {
    const file = path.join(dir, name);
    try {
      const stat = fs.lstatSync(file);
      if (!stat.isFile() || now - stat.mtimeMs < ABANDONED_AFTER_MS || probeLock(file) !== 'free') continue;
      for (const suffix of [...SIDECARS, '']) fs.rmSync(file + suffix, { force: true });
      removed.push(file);
    } catch {
      // left for the next creation in this folder
    }
  }
  return removed;
}
