import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { sha256, sidecars, useTempServices } from './helpers';
import { asUnprivileged } from './unprivileged';

/*
 * Files the app cannot open for reasons other than damage: each refusal must name the real
 * reason, and leave the file and its folder as they were.
 */

const env = useTempServices();
let file: string;

/** Opens `target` without rights and expects the refusal `code`, with nothing changed. */
async function expectRefused(target: string, code: string): Promise<void> {
  const before = sha256(target);
  const result = await asUnprivileged(() => env.services.call('workspace.open', { path: target }, { clientId: 'w' }));
  expect(result).toMatchObject({ ok: false, error: { code, params: { path: target } } });
  expect(sha256(target)).toBe(before);
  expect(sidecars(target)).toEqual([]);
}

beforeEach(async () => {
  const folder = path.join(env.root, 'shared');
  fs.mkdirSync(folder);
  file = (await invoke(env.services, 'workspace.create', { dir: folder, fileName: 'profile', programName: 'P' })).path;
  await invoke(env.services, 'workspace.close', {});
  // Everyone may reach and use the test's folders, so only the modes set by a test count.
  for (const p of [env.root, folder]) fs.chmodSync(p, 0o777);
  fs.chmodSync(file, 0o666);
});

// Registered after useTempServices, so it runs first: the folder can be removed again.
afterEach(() => {
  fs.chmodSync(path.dirname(file), 0o777);
});

describe('refusals that are not damage', () => {
  it('calls a read-only file read-only', async () => {
    fs.chmodSync(file, 0o444);
    await expectRefused(file, 'fileReadOnly');
  });

  it('calls a file in a read-only folder just that', async () => {
    fs.chmodSync(path.dirname(file), 0o555);
    await expectRefused(file, 'folderReadOnly');
  });

  it('says when the file may not be read at all', async () => {
    fs.chmodSync(file, 0o200);
    await expectRefused(file, 'notReadable');
  });

  it('opens the same file once it may be written, with its content', async () => {
    fs.chmodSync(file, 0o444);
    await expectRefused(file, 'fileReadOnly');
    fs.chmodSync(file, 0o666);
    await invoke(env.services, 'workspace.open', { path: file });
    expect((await invoke(env.services, 'program.get', {})).name).toBe('P');
  });
});

describe('refusals while another program holds the file', () => {
  it('says "in use" rather than "damaged" when the snapshot fails under a live writer', async () => {
    const holder = new Database(file, { fileMustExist: true });
    try {
      holder.pragma('locking_mode = EXCLUSIVE');
      holder.exec('BEGIN EXCLUSIVE; COMMIT;');
      // What a copy taken mid-write can look like: pages that do not fit together.
      const pageSize = fs.readFileSync(file).readUInt16BE(16);
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize);
      fs.closeSync(fd);
      const result = await env.services.call('workspace.open', { path: file }, { clientId: 'w' });
      expect(result).toMatchObject({ ok: false, error: { code: 'lockedElsewhere' } });
    } finally {
      holder.close();
    }
  });

  it('refuses a journal beside the file that is not a file, without waiting on it', async () => {
    execFileSync('mkfifo', [`${file}-wal`]);
    const before = sha256(file);
    const result = await env.services.call('workspace.open', { path: file }, { clientId: 'w' });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(sha256(file)).toBe(before);
  });
});
