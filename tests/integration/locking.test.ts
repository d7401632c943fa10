import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke, type Services } from '../../electron/services/createServices';
import { errorCode, makeServices, sampleCluster, useTempServices } from './helpers';

const env = useTempServices();
let first: Services;
let second: Services;
let file: string;

beforeEach(async () => {
  first = env.services;
  // Another instance of the app: its own services over the same data folder.
  second = makeServices(env.root);
  file = (await invoke(first, 'workspace.create', { dir: env.root, fileName: 'shared', programName: 'P' }, { clientId: 'a' })).path;
  await invoke(first, 'clusters.create', sampleCluster('Ceper'), { clientId: 'a' });
});

// Registered after useTempServices, so it runs before the folder is removed.
afterEach(async () => {
  await second.shutdown();
});

describe('a workspace is never open for writing twice', () => {
  it('refuses a second window of the same instance with alreadyOpen', async () => {
    const e = await errorCode(() => invoke(first, 'workspace.open', { path: file }, { clientId: 'b' }));
    expect(e.code).toBe('alreadyOpen');
    expect(await invoke(first, 'workspace.current', {}, { clientId: 'b' })).toBeNull();
    expect(await invoke(first, 'clusters.list', {}, { clientId: 'a' })).toHaveLength(1);
  });

  it('lets the same window open its own file again without harm', async () => {
    const again = await invoke(first, 'workspace.open', { path: file }, { clientId: 'a' });
    expect(again.path).toBe(file);
    expect(await invoke(first, 'clusters.list', {}, { clientId: 'a' })).toHaveLength(1);
  });

  it('refuses another instance with lockedElsewhere, leaving the first one working', async () => {
    const result = await second.call('workspace.open', { path: file }, { clientId: 'a' });
    expect(result).toMatchObject({ ok: false, error: { code: 'lockedElsewhere' } });
    expect(await invoke(second, 'workspace.current', {}, { clientId: 'a' })).toBeNull();
    const created = await invoke(first, 'clusters.create', sampleCluster('Tumang'), { clientId: 'a' });
    expect(created.name).toBe('Tumang');
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
  });

  it('lets the other instance open the file once the first has closed it, with every edit', async () => {
    expect((await errorCode(() => invoke(second, 'workspace.open', { path: file }))).code).toBe('lockedElsewhere');
    await invoke(first, 'workspace.close', {}, { clientId: 'a' });
    const summary = await invoke(second, 'workspace.open', { path: file });
    expect(summary.path).toBe(file);
    expect((await invoke(second, 'clusters.list', {})).map((c) => c.name)).toEqual(['Ceper']);
    // …and now the first instance is the one locked out.
    expect((await errorCode(() => invoke(first, 'workspace.open', { path: file }, { clientId: 'a' }))).code).toBe('lockedElsewhere');
  });

  it('frees the file for another window once its window opens something else', async () => {
    const other = (await invoke(first, 'workspace.create', { dir: env.root, fileName: 'other', programName: 'Q' }, { clientId: 'a' })).path;
    expect(other).not.toBe(file);
    const summary = await invoke(first, 'workspace.open', { path: file }, { clientId: 'b' });
    expect(summary.path).toBe(file);
  });
});
