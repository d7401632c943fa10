import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../electron/db/constants';
import { LEFTOVER_AGE_MS } from '../../electron/db/backup';
import { invoke } from '../../electron/services/createServices';
import { errorCode, sampleCluster, useTempServices } from './helpers';

/*
 * A backup cut short (the app killed or the disk full while it was written) must never
 * pass for a backup: not listed, not counted among the ten kept, not restorable, and
 * cleaned away in time.
 */

const env = useTempServices();
let dir: string;

const backupFile = (id: string) => path.join(env.root, 'data', 'backups', ...id.split('/'));
/** Makes a file look as old as a leftover. */
const age = (file: string) => {
  const then = new Date(Date.now() - LEFTOVER_AGE_MS - 1000);
  fs.utimesSync(file, then, then);
};

beforeEach(async () => {
  await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'kept', programName: 'Program' });
  await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
  const [first] = await invoke(env.services, 'workspace.backups', {});
  dir = path.dirname(backupFile(first!.id));
});

/** What an interrupted write under a backup's own name leaves: nothing, or the first part. */
function interruptedBackups(): string[] {
  const whole = fs.readdirSync(dir).find((n) => n.endsWith('.sentra'))!;
  const empty = path.join(dir, '20200101T000000000-interval.sentra');
  const truncated = path.join(dir, '20200101T000000001-interval.sentra');
  fs.writeFileSync(empty, '');
  fs.writeFileSync(truncated, fs.readFileSync(path.join(dir, whole)).subarray(0, 4096));
  for (const f of [empty, truncated]) fs.writeFileSync(`${f}.json`, JSON.stringify({ origin: 'kept.sentra' }));
  return [empty, truncated];
}

describe('interrupted backups', () => {
  it('are not listed and do not count among the ten kept', async () => {
    const [empty, truncated] = interruptedBackups();
    const listed = (await invoke(env.services, 'workspace.backups', {})).map((b) => backupFile(b.id));
    expect(listed).not.toContain(empty);
    expect(listed).not.toContain(truncated);
    for (let i = 0; i < BACKUPS_KEPT; i++) await invoke(env.services, 'workspace.backupNow', {});
    const kept = await invoke(env.services, 'workspace.backups', {});
    expect(kept).toHaveLength(BACKUPS_KEPT);
    for (const b of kept) expect(b.sizeBytes).toBeGreaterThan(4096);
  });

  it('are removed once old; younger ones may still be being written', async () => {
    const [empty, truncated] = interruptedBackups();
    const partial = path.join(dir, '20200101T000000002-open.sentra.0123abcd.partial');
    fs.writeFileSync(partial, 'SQLite format 3\0');
    await invoke(env.services, 'workspace.backupNow', {});
    for (const f of [empty!, truncated!, partial]) expect(fs.existsSync(f)).toBe(true);
    for (const f of [empty!, truncated!, partial, `${empty}.json`, `${truncated}.json`]) age(f);
    await invoke(env.services, 'workspace.backupNow', {});
    for (const f of [empty!, truncated!, partial]) expect(fs.existsSync(f)).toBe(false);
    // The orphaned notes go at the next round, once their backups are gone.
    await invoke(env.services, 'workspace.backupNow', {});
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('2020'))).toEqual([]);
  });

  it('are refused on restore as damaged backups, leaving nothing behind', async () => {
    const [empty, truncated] = interruptedBackups();
    const group = path.basename(dir);
    for (const f of [empty!, truncated!]) {
      const target = path.join(env.root, 'restored.sentra');
      const e = await errorCode(() => invoke(env.services, 'workspace.restoreBackup', { backupId: `${group}/${path.basename(f)}`, path: target }));
      expect(e).toEqual({ code: 'backupDamaged', params: { name: path.basename(f) } });
      expect(fs.readdirSync(env.root).filter((n) => n.startsWith('restored'))).toEqual([]);
    }
    // The workspace that was open stays open.
    expect((await invoke(env.services, 'workspace.current', {}))?.fileName).toBe('kept.sentra');
  });

  it('refuses a backup damaged inside as damaged too, before giving it a new identity', async () => {
    const entry = await invoke(env.services, 'workspace.backupNow', {});
    const file = backupFile(entry.id);
    const pageSize = fs.readFileSync(file).readUInt16BE(16);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize);
    fs.closeSync(fd);
    const target = path.join(env.root, 'restored.sentra');
    const e = await errorCode(() => invoke(env.services, 'workspace.restoreBackup', { backupId: entry.id, path: target }));
    expect(e.code).toBe('backupDamaged');
    expect(fs.readdirSync(env.root).filter((n) => n.startsWith('restored'))).toEqual([]);
  });
});
