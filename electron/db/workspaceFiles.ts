import crypto from 'node:crypto';
import fs from 'node:fs';

/** The files SQLite may keep beside a workspace. */
export const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/** `''` is the workspace file itself; the others are its sidecars. */
export type FileSuffix = '' | (typeof SIDECARS)[number];

/** What lies at one path, learned without ever waiting on it. */
export type FileState =
  | { kind: 'absent' }
  | { kind: 'folder' }
  /** A pipe, socket or device: never opened, as reading a FIFO waits for a writer forever. */
  | { kind: 'other' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'file'; size: number; sha256: string };

export type WorkspaceFiles = Record<FileSuffix, FileState>;

const SUFFIXES: readonly FileSuffix[] = ['', ...SIDECARS];
// Non-blocking: should a pipe take the file's place after the type check, opening it returns at once.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const CHUNK = 1 << 20;

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'unknown';
}

/**
 * Reads a regular file from start to end through `sink`; anything else is reported, not read.
 * The type is checked by name first (so a device is never even opened) and again on the
 * opened descriptor.
 */
function readRegular(p: string, sink: (chunk: Buffer) => void): Exclude<FileState, { kind: 'file' }> | { kind: 'read'; size: number } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch (e) {
    return errnoOf(e) === 'ENOENT' ? { kind: 'absent' } : { kind: 'unreadable', reason: errnoOf(e) };
  }
  if (stat.isDirectory()) return { kind: 'folder' };
  if (!stat.isFile()) return { kind: 'other' };
  let fd: number;
  try {
    fd = fs.openSync(p, READ_FLAGS);
  } catch (e) {
    return errnoOf(e) === 'ENOENT' ? { kind: 'absent' } : { kind: 'unreadable', reason: errnoOf(e) };
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return { kind: 'other' };
    const buf = Buffer.alloc(CHUNK);
    let size = 0;
    for (let n; (n = fs.readSync(fd, buf, 0, CHUNK, null)) > 0; size += n) sink(buf.subarray(0, n));
    return { kind: 'read', size };
  } catch (e) {
    return { kind: 'unreadable', reason: errnoOf(e) };
  } finally {
    fs.closeSync(fd);
  }
}

function stateOf(p: string): FileState {
  const hash = crypto.createHash('sha256');
  const r = readRegular(p, (chunk) => hash.update(chunk));
  return r.kind === 'read' ? { kind: 'file', size: r.size, sha256: hash.digest('hex') } : r;
}

/** The workspace file and its sidecars as they are now: presence, type, size and SHA-256. Only reads. */
export function fingerprintWorkspaceFiles(file: string): WorkspaceFiles {
  return Object.fromEntries(SUFFIXES.map((s) => [s, stateOf(file + s)])) as WorkspaceFiles;
}

/** Whether two fingerprints describe the same bytes, with the same sidecars present. */
export function sameWorkspaceFiles(a: WorkspaceFiles, b: WorkspaceFiles): boolean {
  return SUFFIXES.every((s) => JSON.stringify(a[s]) === JSON.stringify(b[s]));
}

/**
 * Copies the workspace file and whichever sidecars it has to `target` (+ the same suffixes),
 * reading each through {@link readRegular}; `target` must not exist. Throws if something
 * beside the file is not a regular file, or if a file cannot be read.
 */
export function copyWorkspaceFiles(file: string, target: string): void {
  for (const s of SUFFIXES) {
    let out: number | null = null;
    let result: ReturnType<typeof readRegular>;
    try {
      result = readRegular(file + s, (chunk) => {
        out ??= fs.openSync(target + s, 'wx');
        for (let done = 0; done < chunk.length;) done += fs.writeSync(out, chunk, done);
      });
      // an empty file gives no chunk but is copied all the same
      if (result.kind === 'read') out ??= fs.openSync(target + s, 'wx');
    } finally {
      if (out !== null) fs.closeSync(out);
    }
    if (result.kind === 'absent' && s !== '') continue;
    if (result.kind !== 'read') throw new Error(`cannot copy ${file + s}: ${result.kind === 'unreadable' ? result.reason : result.kind}`);
  }
}
