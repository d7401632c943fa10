import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { openRefusal } from '../../../electron/db/openRefusal';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-refusal-'));
const file = path.join(dir, 'w.sentra');
fs.writeFileSync(file, 'x');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const codeFor = (code: string) => {
  const r = openRefusal(Object.assign(new Error(code), { code }), file);
  return r instanceof AppError ? r.code : 'unchanged';
};

describe('openRefusal', () => {
  it.each([
    // whole families, not only the primary codes
    ['SQLITE_BUSY', 'lockedElsewhere'],
    ['SQLITE_BUSY_RECOVERY', 'lockedElsewhere'],
    ['SQLITE_BUSY_SNAPSHOT', 'lockedElsewhere'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'lockedElsewhere'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_READONLY_DIRECTORY', 'folderReadOnly'],
    ['SQLITE_IOERR_SHORT_READ', 'ioError'],
    ['SQLITE_FULL', 'ioError'],
    ['ENOENT', 'fileMissing'],
    ['EISDIR', 'isFolder'],
    ['EIO', 'ioError'],
    // about access, but this file may be read and written: not a permission problem
    ['SQLITE_IOERR_LOCK', 'ioError'],
    ['SQLITE_CANTOPEN', 'folderReadOnly'],
    // not about files at all: left as it came, to be logged as a bug
    ['SQLITE_CONSTRAINT_CHECK', 'unchanged'],
    ['', 'unchanged'],
  ])('%s → %s', (code, expected) => {
    expect(codeFor(code)).toBe(expected);
  });

  it('keeps an AppError as it is', () => {
    const e = new AppError('newerVersion', { path: file });
    expect(openRefusal(e, file)).toBe(e);
  });
});
