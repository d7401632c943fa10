import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { IMPORT_FILE_MAX_BYTES } from '../../shared/contract/stakeholders';
import type { CliContext } from './types';

/** A file named on the command line, read whole: its full path, its name alone and its bytes. */
export interface NamedFile {
  full: string;
  fileName: string;
  bytes: Buffer;
}

/**
 * Reads a file the user named for an import (relative to the folder the command runs in), with
 * the limit the app's file picker has. One that is missing, a folder, unreadable or too large is
 * refused as an AppError that names it, so every import command says the same.
 */
export function readNamedFile(ctx: CliContext, name: string): NamedFile {
  const full = ctx.resolvePath(name);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('fileMissing', { path: full });
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new AppError('isFolder', { path: full });
    throw new AppError('notReadable', { path: full });
  }
  const fileName = path.basename(full);
  if (bytes.length > IMPORT_FILE_MAX_BYTES) throw new AppError('invalidInput', { field: fileName, detail: 'validation.fileTooLarge' });
  return { full, fileName, bytes };
}
