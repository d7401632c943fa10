import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { FolderListing } from '../../../shared/contract/workspace';
import { WORKSPACE_EXTENSION } from '../../db/constants';

/** Adds ".sentra" unless the name already ends with it. */
export function withExtension(name: string): string {
  return name.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? name : `${name}${WORKSPACE_EXTENSION}`;
}

/** A plain file name: no folders, nothing that Windows or Linux would refuse. */
export function checkFileName(name: string): string {
  const trimmed = name.trim();
  const hasControl = [...trimmed].some((ch) => ch.charCodeAt(0) < 32);
  if (trimmed === '' || hasControl || /[\\/:*?"<>|]/.test(trimmed) || trimmed === '.' || trimmed === '..') {
    throw new AppError('badFileName');
  }
  return withExtension(trimmed);
}

/** A path where a new workspace (or copy) may be written: absolute, not yet taken; its folder is created. */
export function newFilePath(target: string): string {
  return newFileIn(target).path;
}

/**
 * The same, also saying which folder it had to create (the topmost one), so a step that
 * then fails can take the folder away again: a refused import leaves no trace.
 */
export function newFileIn(target: string): { path: string; createdFolder: string | null } {
  const p = path.resolve(withExtension(target));
  if (fs.existsSync(p)) throw new AppError('fileExists', { path: p });
  try {
    return { path: p, createdFolder: fs.mkdirSync(path.dirname(p), { recursive: true }) ?? null };
  } catch {
    throw new AppError('notWritable', { path: path.dirname(p) });
  }
}

/**
 * Takes away folders a refused step made, from `dir` up to `top`, only while they are empty:
 * another import may have finished its file in one of them meanwhile.
 */
export function removeEmptyFolders(dir: string, top: string): void {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    try {
      fs.rmdirSync(d);
    } catch {
      return;
    }
    if (d === path.resolve(top) || path.dirname(d) === d) return;
  }
}

/** The first free "name.sentra", "name 2.sentra", … in `dir`. */
export function freeName(dir: string, base: string): string {
  for (let i = 1; ; i++) {
    const p = path.join(dir, withExtension(i === 1 ? base : `${base} ${i}`));
    if (!fs.existsSync(p)) return p;
  }
}

/** Folders and workspaces in `dir`, for the in-app open dialog (browser mode has no native one). */
export function listFolder(dir: string): FolderListing {
  const abs = path.resolve(dir);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(abs, { withFileTypes: true });
  } catch {
    throw new AppError('fileMissing', { path: abs });
  }
  const visible = entries.filter((e) => !e.name.startsWith('.'));
  const parent = path.dirname(abs);
  return {
    dir: abs,
    parent: parent === abs ? null : parent,
    folders: visible
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b)),
    workspaces: visible
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(WORKSPACE_EXTENSION))
      .map((e) => {
        const p = path.join(abs, e.name);
        return { fileName: e.name, path: p, modifiedAt: fs.statSync(p).mtime.toISOString() };
      })
      .sort((a, b) => a.fileName.localeCompare(b.fileName)),
  };
}
