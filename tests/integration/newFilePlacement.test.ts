import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../electron/db/openWorkspaceDb';
import { workspaceSchema } from '../../electron/services/features';
import { removeEmptyFolders } from '../../electron/services/workspace/workspacePaths';
import { errorCode, tempDir } from './helpers';

let root: string;
beforeEach(() => {
  root = tempDir();
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('a new workspace file', () => {
  it('never replaces a file that took its name while it was being filled', async () => {
    const target = path.join(root, 'impor.sentra');
    const e = await errorCode(() =>
      createWorkspaceFile(target, workspaceSchema, () => {
        fs.writeFileSync(target, 'a colleague’s file'); // saved meanwhile, by someone else
      }),
    );
    expect(e.code).toBe('fileExists');
    expect(fs.readFileSync(target, 'utf8')).toBe('a colleague’s file');
    expect(fs.readdirSync(root)).toEqual(['impor.sentra']);
  });
});

describe('folders a refused import made', () => {
  it('go only while empty, so another import’s finished file stays', () => {
    fs.mkdirSync(path.join(root, 'baru', 'a'), { recursive: true });
    fs.mkdirSync(path.join(root, 'baru', 'b'), { recursive: true });
    fs.writeFileSync(path.join(root, 'baru', 'b', 'selesai.sentra'), 'done');
    removeEmptyFolders(path.join(root, 'baru', 'a'), path.join(root, 'baru'));
    expect(fs.existsSync(path.join(root, 'baru', 'a'))).toBe(false);
    expect(fs.readFileSync(path.join(root, 'baru', 'b', 'selesai.sentra'), 'utf8')).toBe('done');
    removeEmptyFolders(path.join(root, 'baru', 'b'), path.join(root, 'baru'));
    expect(fs.existsSync(path.join(root, 'baru', 'b'))).toBe(true);
  });
});
