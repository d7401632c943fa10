import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { useTempServices } from './helpers';

/*
 * A saved copy (or a restored backup) becomes a workspace of its own, with its own backups;
 * every backup names the file it was taken from.
 */

const env = useTempServices();

describe('backup origins', () => {
  it('names the file each backup was taken from, also after a copy of it was opened', async () => {
    const original = await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'original', programName: 'P' });
    const fromOriginal = await invoke(env.services, 'workspace.backupNow', {});
    expect(fromOriginal.origin).toBe('original.sentra');

    const copy = await invoke(env.services, 'workspace.saveCopy', { path: path.join(env.root, 'copy') });
    expect(copy).toBe(path.join(env.root, 'copy.sentra'));
    const opened = await invoke(env.services, 'workspace.open', { path: copy });
    expect(opened.workspaceId).not.toBe(original.workspaceId);
    const copyBackups = await invoke(env.services, 'workspace.backups', {});
    expect(copyBackups.map((b) => b.origin)).toEqual(['copy.sentra']);

    await invoke(env.services, 'workspace.open', { path: original.path });
    const list = await invoke(env.services, 'workspace.backups', {});
    expect(list.find((b) => b.id === fromOriginal.id)?.origin).toBe('original.sentra');
    expect(new Set(list.map((b) => b.origin))).toEqual(new Set(['original.sentra']));
  });
});
