import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { workspaceSchema } from '../../electron/services/features';
import { errorCode, sampleCluster, useTempServices } from './helpers';

const env = useTempServices();
let file: string;

beforeEach(async () => {
  file = (await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'persist', programName: 'Program' })).path;
});

/** Shuts the services down and opens the file again in a fresh instance. */
async function reopen(): Promise<void> {
  await env.restart();
  await invoke(env.services, 'workspace.open', { path: file });
}

describe('every edit is committed at once', () => {
  it('creates the file with its program, a workspace id and the latest schema', async () => {
    const summary = await invoke(env.services, 'workspace.current', {});
    expect(summary).toMatchObject({ path: file, fileName: 'persist.sentra', schemaVersion: workspaceSchema.latest });
    expect(summary?.workspaceId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await invoke(env.services, 'program.get', {})).name).toBe('Program');
    expect((await errorCode(() => invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'persist', programName: 'Again' }))).code).toBe(
      'fileExists',
    );
  });

  it('keeps created, updated and deleted clusters and the program across a restart', async () => {
    const a = await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    const b = await invoke(env.services, 'clusters.create', sampleCluster('Tumang', { group: 'other' }));
    const c = await invoke(env.services, 'clusters.create', sampleCluster('Kebumen', { group: 'domestic' }));
    const updated = await invoke(env.services, 'clusters.update', { id: b.id, fields: sampleCluster('Tumang Cepogo', { workers: 321 }) });
    await invoke(env.services, 'clusters.delete', { id: c.id });
    const program = await invoke(env.services, 'program.update', {
      name: 'Penguatan Sentra',
      province: 'Jawa Tengah',
      regency: 'Klaten',
      facilitator: 'Sri',
      institution: 'LPM',
      periodStart: 2025,
      periodEnd: 2027,
    });
    const listBefore = await invoke(env.services, 'clusters.list', {});
    await reopen();
    expect(await invoke(env.services, 'clusters.get', { id: a.id })).toEqual(a);
    expect(await invoke(env.services, 'clusters.get', { id: b.id })).toEqual(updated);
    expect((await errorCode(() => invoke(env.services, 'clusters.get', { id: c.id }))).code).toBe('notFound');
    expect(await invoke(env.services, 'program.get', {})).toEqual(program);
    expect(await invoke(env.services, 'clusters.list', {})).toEqual(listBefore);
  });

  it('keeps the state reached by undo and redo', async () => {
    const a = await invoke(env.services, 'clusters.create', sampleCluster('A'));
    await invoke(env.services, 'clusters.update', { id: a.id, fields: sampleCluster('A2') });
    await invoke(env.services, 'clusters.create', sampleCluster('B'));
    await invoke(env.services, 'workspace.undo', {});
    await invoke(env.services, 'workspace.undo', {});
    await reopen();
    expect((await invoke(env.services, 'clusters.list', {})).map((c) => c.name)).toEqual(['A']);
    expect(await invoke(env.services, 'clusters.get', { id: a.id })).toEqual(a);
    expect(await invoke(env.services, 'workspace.history', {})).toMatchObject({ canUndo: false, canRedo: false });
  });

  it('lists clusters with their totals', async () => {
    await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    await invoke(env.services, 'clusters.create', sampleCluster('Empty', { enterprisesSmall: null, enterprisesMedium: null, enterprisesLarge: null }));
    const list = await invoke(env.services, 'clusters.list', {});
    expect(list.map((c) => [c.name, c.enterprises, c.workers, c.productionValue])).toEqual([
      ['Ceper', 213, 2500, 1_500_000_000],
      ['Empty', null, 2500, 1_500_000_000],
    ]);
  });

  it('reopens the last file from the recent list', async () => {
    await env.restart();
    const recent = await invoke(env.services, 'workspace.recent', {});
    expect(recent.map((r) => [r.path, r.exists])).toEqual([[file, true]]);
    expect((await invoke(env.services, 'app.info', {})).firstRun).toBe(false);
  });
});
