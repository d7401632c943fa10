import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { workspaceSchema } from '../../electron/services/features';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { errorCode, sampleCluster, sha256, sidecars, useTempServices } from './helpers';

const env = useTempServices();

/** Creates a real workspace with a few clusters, closes it, and returns its path. */
async function makeWorkspace(name: string, clusters = 3): Promise<string> {
  const summary = await invoke(env.services, 'workspace.create', { dir: env.root, fileName: name, programName: 'P' });
  for (let i = 0; i < clusters; i++) {
    await invoke(env.services, 'clusters.create', sampleCluster(`Cluster ${i}`, { notes: 'x'.repeat(3000) }));
  }
  await invoke(env.services, 'workspace.close', {});
  return summary.path;
}

/** Asserts `workspace.open` refuses the file with `code` and leaves it exactly as it was. */
async function expectRefused(file: string, code: string): Promise<void> {
  const before = sha256(file);
  const sizeBefore = fs.statSync(file).size;
  const result = await env.services.call('workspace.open', { path: file }, { clientId: 'w1' });
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(sha256(file)).toBe(before);
  expect(fs.statSync(file).size).toBe(sizeBefore);
  expect(sidecars(file)).toEqual([]);
  expect(await invoke(env.services, 'workspace.current', {}, { clientId: 'w1' })).toBeNull();
}

describe('checked open', () => {
  it('refuses random bytes as notSqlite', async () => {
    const file = path.join(env.root, 'random.sentra');
    fs.writeFileSync(file, crypto.randomBytes(8192));
    await expectRefused(file, 'notSqlite');
  });

  it('refuses a short text file as notSqlite', async () => {
    const file = path.join(env.root, 'notes.sentra');
    fs.writeFileSync(file, 'hello');
    await expectRefused(file, 'notSqlite');
  });

  it('refuses a 0-byte file as fileEmpty', async () => {
    const file = path.join(env.root, 'empty.sentra');
    fs.writeFileSync(file, '');
    await expectRefused(file, 'fileEmpty');
    expect(fs.statSync(file).size).toBe(0);
  });

  it('refuses a plain SQLite database as foreignDatabase', async () => {
    const file = path.join(env.root, 'other.sentra');
    const raw = new Database(file);
    raw.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (1);');
    raw.close();
    await expectRefused(file, 'foreignDatabase');
  });

  it('refuses a foreign WAL-mode database as foreignDatabase', async () => {
    const file = path.join(env.root, 'other-wal.sentra');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    raw.close();
    await expectRefused(file, 'foreignDatabase');
  });

  it('refuses a workspace from a newer version as newerVersion', async () => {
    const file = await makeWorkspace('newer');
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(sidecars(file)).toEqual([]);
    await expectRefused(file, 'newerVersion');
    const result = await env.services.call('workspace.open', { path: file }, { clientId: 'w1' });
    expect(result).toMatchObject({ ok: false, error: { params: { fileVersion: 99, appVersion: workspaceSchema.latest } } });
  });

  it('refuses a workspace with garbage in its pages as corrupt', async () => {
    const file = await makeWorkspace('damaged', 8);
    const pageSize = fs.readFileSync(file).readUInt16BE(16);
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(pageSize * 5);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, crypto.randomBytes(pageSize * 2), 0, pageSize * 2, pageSize);
    fs.closeSync(fd);
    await expectRefused(file, 'corrupt');
  });

  it('refuses a truncated workspace as corrupt', async () => {
    const file = await makeWorkspace('truncated');
    const size = fs.statSync(file).size;
    fs.truncateSync(file, size - 100);
    await expectRefused(file, 'corrupt');
  });

  it('reports a missing file as fileMissing', async () => {
    const file = path.join(env.root, 'nowhere.sentra');
    const result = await env.services.call('workspace.open', { path: file }, { clientId: 'w1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'fileMissing' } });
    expect(fs.existsSync(file)).toBe(false);
    expect(sidecars(file)).toEqual([]);
  });

  it('refuses a folder', async () => {
    const dir = path.join(env.root, 'folder.sentra');
    fs.mkdirSync(dir);
    expect((await errorCode(() => invoke(env.services, 'workspace.open', { path: dir }))).code).toBe('isFolder');
  });

  it('keeps the open workspace when another file is refused', async () => {
    const good = await makeWorkspace('good', 2);
    const bad = path.join(env.root, 'bad.sentra');
    fs.writeFileSync(bad, crypto.randomBytes(4096));
    await invoke(env.services, 'workspace.open', { path: good });
    expect((await errorCode(() => invoke(env.services, 'workspace.open', { path: bad }))).code).toBe('notSqlite');
    expect((await invoke(env.services, 'workspace.current', {}))?.path).toBe(good);
    expect(await invoke(env.services, 'clusters.list', {})).toHaveLength(2);
  });

  it('opens a good workspace with WAL, synchronous=FULL, foreign keys and an exclusive lock', async () => {
    const file = await makeWorkspace('good');
    const summary = await invoke(env.services, 'workspace.open', { path: file });
    expect(summary.schemaVersion).toBe(workspaceSchema.latest);
    const session = env.services.registry.current('local');
    expect(session.pragma('journal_mode')).toBe('wal');
    expect(session.pragma('synchronous')).toBe(2);
    expect(session.pragma('foreign_keys')).toBe(1);
    expect(session.pragma('locking_mode')).toBe('exclusive');
    expect(session.pragma('application_id')).toBe(0x534e5452);
    expect(await invoke(env.services, 'clusters.list', {})).toHaveLength(3);
  });
});
