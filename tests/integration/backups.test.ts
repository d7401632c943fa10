import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { workspaceSchema } from '../../electron/services/features';
import { BACKUP_INTERVAL_MS, BACKUPS_KEPT } from '../../electron/db/constants';
import { errorCode, makeServices, sampleCluster, sha256, useTempServices } from './helpers';

const env = useTempServices();
let file: string;

beforeEach(async () => {
  file = (await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'kept', programName: 'Program' })).path;
});

// Registered after useTempServices, so it runs before the services are shut down.
afterEach(() => {
  vi.useRealTimers();
});

const backupFile = (id: string) => path.join(env.root, 'data', 'backups', ...id.split('/'));

describe('backups', () => {
  it('takes an "open" backup when a workspace is opened', async () => {
    const list = await invoke(env.services, 'workspace.backups', {});
    expect(list).toHaveLength(1);
    const workspaceId = (await invoke(env.services, 'workspace.current', {}))!.workspaceId;
    expect(list[0]).toMatchObject({ reason: 'open', origin: 'kept.sentra' });
    expect(list[0]!.id.startsWith(`${workspaceId}/`)).toBe(true);
    expect(list[0]!.sizeBytes).toBe(fs.statSync(backupFile(list[0]!.id)).size);
    // Opening an unchanged file again takes no new backup, so re-opening never pushes older ones out.
    await invoke(env.services, 'workspace.close', {});
    await invoke(env.services, 'workspace.open', { path: file });
    expect((await invoke(env.services, 'workspace.backups', {})).map((b) => b.reason)).toEqual(['open']);
    // After an edit, the next open backs the file up again.
    await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    await invoke(env.services, 'workspace.close', {});
    await new Promise((r) => setTimeout(r, 5));
    await invoke(env.services, 'workspace.open', { path: file });
    expect((await invoke(env.services, 'workspace.backups', {})).map((b) => b.reason)).toEqual(['open', 'open']);
  });

  it('takes a backup on request, newest first in the list', async () => {
    await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    await new Promise((r) => setTimeout(r, 3));
    const entry = await invoke(env.services, 'workspace.backupNow', {});
    expect(entry.reason).toBe('interval');
    const list = await invoke(env.services, 'workspace.backups', {});
    expect(list).toHaveLength(2);
    expect(list[0]!.id).toBe(entry.id);
    expect(Date.parse(list[0]!.takenAt)).toBeGreaterThanOrEqual(Date.parse(list[1]!.takenAt));
  });

  it(`keeps only the newest ${BACKUPS_KEPT}`, async () => {
    const taken: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT + 4; i++) taken.push((await invoke(env.services, 'workspace.backupNow', {})).id);
    const list = await invoke(env.services, 'workspace.backups', {});
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list.map((b) => b.id).sort()).toEqual(taken.slice(-BACKUPS_KEPT).sort());
    const dir = path.dirname(backupFile(list[0]!.id));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.sentra'))).toHaveLength(BACKUPS_KEPT);
  });

  it('restores a backup to a new file holding the content it had then', async () => {
    const a = await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    const snapshot = await invoke(env.services, 'workspace.backupNow', {});
    await invoke(env.services, 'clusters.update', { id: a.id, fields: sampleCluster('Ceper Later') });
    await invoke(env.services, 'clusters.create', sampleCluster('Tumang'));
    const originalHash = sha256(backupFile(snapshot.id));

    const target = path.join(env.root, 'restored.sentra');
    const summary = await invoke(env.services, 'workspace.restoreBackup', { backupId: snapshot.id, path: target });
    expect(summary.path).toBe(target);
    expect((await invoke(env.services, 'workspace.current', {}))?.path).toBe(target);
    expect(await invoke(env.services, 'clusters.list', {})).toHaveLength(1);
    expect(await invoke(env.services, 'clusters.get', { id: a.id })).toEqual(a);
    // The backup itself is untouched; the original file still has the later edits.
    expect(sha256(backupFile(snapshot.id))).toBe(originalHash);
    await invoke(env.services, 'workspace.open', { path: file });
    expect((await invoke(env.services, 'clusters.list', {})).map((c) => c.name)).toEqual(['Ceper Later', 'Tumang']);
  });

  it('refuses to restore over an existing file or from an unknown backup', async () => {
    const [entry] = await invoke(env.services, 'workspace.backups', {});
    expect((await errorCode(() => invoke(env.services, 'workspace.restoreBackup', { backupId: entry!.id, path: file }))).code).toBe('fileExists');
    const bogus = ['nope/20250101T000000000-open.sentra', '../../etc/passwd', `${entry!.id}/x`, 'a/b'];
    for (const backupId of bogus) {
      const target = path.join(env.root, 'r.sentra');
      expect((await errorCode(() => invoke(env.services, 'workspace.restoreBackup', { backupId, path: target }))).code).toBe('notFound');
      expect(fs.existsSync(target)).toBe(false);
    }
  });

  it('makes backups that are valid workspaces in their own right', async () => {
    await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    await invoke(env.services, 'workspace.backupNow', {});
    const list = await invoke(env.services, 'workspace.backups', {});
    const other = makeServices(path.join(env.root, 'elsewhere'));
    try {
      for (const [i, entry] of list.entries()) {
        const copy = path.join(env.root, `copy-${i}.sentra`);
        fs.copyFileSync(backupFile(entry.id), copy);
        const summary = await invoke(other, 'workspace.open', { path: copy });
        expect(summary.schemaVersion).toBe(workspaceSchema.latest);
        const expected = entry.reason === 'open' ? 0 : 1;
        expect(await invoke(other, 'clusters.list', {})).toHaveLength(expected);
        const check = other.registry.current('local').pragma('integrity_check');
        expect(check).toBe('ok');
      }
    } finally {
      await other.shutdown();
    }
  });

  it('lists every workspace’s backups when none is open', async () => {
    await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'second', programName: 'Q' });
    await invoke(env.services, 'workspace.close', {});
    const all = await invoke(env.services, 'workspace.backups', {});
    expect(new Set(all.map((b) => b.origin))).toEqual(new Set(['kept.sentra', 'second.sentra']));
  });

  it('takes an "interval" backup in the background after a while of editing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + BACKUP_INTERVAL_MS + 1000);
    await invoke(env.services, 'clusters.create', sampleCluster('Later'));
    await vi.waitFor(async () => {
      const reasons = (await invoke(env.services, 'workspace.backups', {})).map((b) => b.reason);
      expect(reasons).toEqual(['interval', 'open']);
    });
  });
});
