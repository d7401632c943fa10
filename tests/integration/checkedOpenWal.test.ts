import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { sha256, useTempServices } from './helpers';

/*
 * A workspace copied (or left by a crash) together with its -wal file: the newest commits
 * are still in the WAL. A refused file of this kind must stay as it was too — the WAL must
 * not be checkpointed into it on the way out.
 */

const env = useTempServices();

/** Copies `file` and its -wal while a raw connection holds uncheckpointed changes made by `change`. */
async function snapshotWithWal(name: string, change: (db: Database.Database) => void): Promise<string> {
  const summary = await invoke(env.services, 'workspace.create', { dir: env.root, fileName: name, programName: 'P' });
  await invoke(env.services, 'workspace.close', {});
  const raw = new Database(summary.path);
  raw.pragma('wal_autocheckpoint = 0');
  change(raw);
  const copy = path.join(env.root, `${name}-copy.sentra`);
  fs.copyFileSync(summary.path, copy);
  fs.copyFileSync(`${summary.path}-wal`, `${copy}-wal`);
  raw.close();
  return copy;
}

describe('checked open of a file that comes with its WAL', () => {
  it('opens a good workspace whose last commits are only in the WAL', async () => {
    const file = await snapshotWithWal('good', (db) => {
      db.prepare("UPDATE program SET name = 'From the WAL' WHERE id = 1").run();
    });
    await invoke(env.services, 'workspace.open', { path: file });
    expect((await invoke(env.services, 'program.get', {})).name).toBe('From the WAL');
  });

  it('refuses a newer version recorded only in the WAL, leaving file and WAL untouched', async () => {
    const file = await snapshotWithWal('newer', (db) => db.pragma('user_version = 99'));
    const before = { main: sha256(file), wal: sha256(`${file}-wal`) };
    const result = await env.services.call('workspace.open', { path: file }, { clientId: 'w' });
    expect(result).toMatchObject({ ok: false, error: { code: 'newerVersion' } });
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect({ main: sha256(file), wal: sha256(`${file}-wal`) }).toEqual(before);
  });
});
