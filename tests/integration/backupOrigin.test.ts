import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke, type Services } from '../../electron/services/createServices';
import { makeServices, tempDir } from './helpers';

/*
 * A saved copy (or a restored backup) becomes a workspace of its own, with its own backups;
 * every backup names the file it was taken from.
 */

let root: string;
let services: Services;

beforeEach(() => {
  root = tempDir();
  services = makeServices(root);
});

afterEach(async () => {
  await services.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('backup origins', () => {
  it('names the file each backup was taken from, also after a copy of it was opened', async () => {
    const original = await invoke(services, 'workspace.create', { dir: root, fileName: 'original', programName: 'P' });
    const fromOriginal = await invoke(services, 'workspace.backupNow', {});
    expect(fromOriginal.origin).toBe('original.sentra');

    const copy = await invoke(services, 'workspace.saveCopy', { path: path.join(root, 'copy') });
    expect(copy).toBe(path.join(root, 'copy.sentra'));
    const opened = await invoke(services, 'workspace.open', { path: copy });
    expect(opened.workspaceId).not.toBe(original.workspaceId);
    const copyBackups = await invoke(services, 'workspace.backups', {});
    expect(copyBackups.map((b) => b.origin)).toEqual(['copy.sentra']);

    await invoke(services, 'workspace.open', { path: original.path });
    const list = await invoke(services, 'workspace.backups', {});
    expect(list.find((b) => b.id === fromOriginal.id)?.origin).toBe('original.sentra');
    expect(new Set(list.map((b) => b.origin))).toEqual(new Set(['original.sentra']));
  });
});
