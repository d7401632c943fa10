import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke, type Services } from '../../electron/services/createServices';
import { errorCode, makeServices, sampleCluster, tempDir } from './helpers';

let root: string;
let services: Services;
let file: string;

beforeEach(async () => {
  root = tempDir();
  services = makeServices(root);
  file = (await invoke(services, 'workspace.create', { dir: root, fileName: 'persist', programName: 'Program' })).path;
});

afterEach(async () => {
  await services.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Shuts the services down and opens the file again in a fresh instance. */
async function reopen(): Promise<void> {
  await services.shutdown();
  services = makeServices(root);
  await invoke(services, 'workspace.open', { path: file });
}

describe('every edit is committed at once', () => {
  it('creates the file with its program, a workspace id and the latest schema', async () => {
    const summary = await invoke(services, 'workspace.current', {});
    expect(summary).toMatchObject({ path: file, fileName: 'persist.sentra', schemaVersion: 1 });
    expect(summary?.workspaceId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await invoke(services, 'program.get', {})).name).toBe('Program');
    expect((await errorCode(() => invoke(services, 'workspace.create', { dir: root, fileName: 'persist', programName: 'Again' }))).code).toBe(
      'fileExists',
    );
  });

  it('keeps created, updated and deleted clusters and the program across a restart', async () => {
    const a = await invoke(services, 'clusters.create', sampleCluster('Ceper'));
    const b = await invoke(services, 'clusters.create', sampleCluster('Tumang', { group: 'other' }));
    const c = await invoke(services, 'clusters.create', sampleCluster('Kebumen', { group: 'domestic' }));
    const updated = await invoke(services, 'clusters.update', { id: b.id, fields: sampleCluster('Tumang Cepogo', { workers: 321 }) });
    await invoke(services, 'clusters.delete', { id: c.id });
    const program = await invoke(services, 'program.update', {
      name: 'Penguatan Sentra',
      province: 'Jawa Tengah',
      regency: 'Klaten',
      facilitator: 'Sri',
      institution: 'LPM',
      periodStart: 2025,
      periodEnd: 2027,
    });
    const listBefore = await invoke(services, 'clusters.list', {});
    await reopen();
    expect(await invoke(services, 'clusters.get', { id: a.id })).toEqual(a);
    expect(await invoke(services, 'clusters.get', { id: b.id })).toEqual(updated);
    expect((await errorCode(() => invoke(services, 'clusters.get', { id: c.id }))).code).toBe('notFound');
    expect(await invoke(services, 'program.get', {})).toEqual(program);
    expect(await invoke(services, 'clusters.list', {})).toEqual(listBefore);
  });

  it('keeps the state reached by undo and redo', async () => {
    const a = await invoke(services, 'clusters.create', sampleCluster('A'));
    await invoke(services, 'clusters.update', { id: a.id, fields: sampleCluster('A2') });
    await invoke(services, 'clusters.create', sampleCluster('B'));
    await invoke(services, 'workspace.undo', {});
    await invoke(services, 'workspace.undo', {});
    await reopen();
    expect((await invoke(services, 'clusters.list', {})).map((c) => c.name)).toEqual(['A']);
    expect(await invoke(services, 'clusters.get', { id: a.id })).toEqual(a);
    expect(await invoke(services, 'workspace.history', {})).toMatchObject({ canUndo: false, canRedo: false });
  });

  it('lists clusters with their totals', async () => {
    await invoke(services, 'clusters.create', sampleCluster('Ceper'));
    await invoke(services, 'clusters.create', sampleCluster('Empty', { enterprisesSmall: null, enterprisesMedium: null, enterprisesLarge: null }));
    const list = await invoke(services, 'clusters.list', {});
    expect(list.map((c) => [c.name, c.enterprises, c.workers, c.productionValue])).toEqual([
      ['Ceper', 213, 2500, 1_500_000_000],
      ['Empty', null, 2500, 1_500_000_000],
    ]);
  });

  it('reopens the last file from the recent list', async () => {
    await services.shutdown();
    services = makeServices(root);
    const recent = await invoke(services, 'workspace.recent', {});
    expect(recent.map((r) => [r.path, r.exists])).toEqual([[file, true]]);
    expect((await invoke(services, 'app.info', {})).firstRun).toBe(false);
  });
});
