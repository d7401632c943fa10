import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { MERGE_WINDOW_MS } from '../../electron/services/workspace/EditHistory';
import { errorCode, sampleCluster, useTempServices } from './helpers';

const env = useTempServices();

beforeEach(async () => {
  await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'edits', programName: 'Program' });
});

const names = async () => (await invoke(env.services, 'clusters.list', {})).map((c) => c.name);

// Only the clock is faked: edits a moment apart are one step, so separate steps need time between them.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});
const later = () => vi.setSystemTime(Date.now() + MERGE_WINDOW_MS + 1000);

describe('undo and redo', () => {
  it('starts with nothing to undo or redo', async () => {
    expect(await invoke(env.services, 'workspace.history', {})).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    expect((await errorCode(() => invoke(env.services, 'workspace.undo', {}))).code).toBe('nothingToUndo');
    expect((await errorCode(() => invoke(env.services, 'workspace.redo', {}))).code).toBe('nothingToRedo');
    const viaDispatch = await env.services.call('workspace.undo', {}, { clientId: 'local' });
    expect(viaDispatch).toEqual({ ok: false, error: { code: 'nothingToUndo', params: {} } });
  });

  it('undoes and redoes a create', async () => {
    const c = await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'history.createCluster', params: { name: 'Ceper' } });
    const step = await invoke(env.services, 'workspace.undo', {});
    expect(step.changed).toEqual({ clusters: [c.id] });
    expect(step.label).toEqual({ key: 'history.createCluster', params: { name: 'Ceper' } });
    expect(step.history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: { key: 'history.createCluster', params: { name: 'Ceper' } } });
    expect((await errorCode(() => invoke(env.services, 'clusters.get', { id: c.id }))).code).toBe('notFound');
    await invoke(env.services, 'workspace.redo', {});
    expect(await invoke(env.services, 'clusters.get', { id: c.id })).toEqual(c);
    expect(await invoke(env.services, 'workspace.history', {})).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('restores the exact earlier state after an update', async () => {
    const c = await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    later();
    const changed = await invoke(env.services, 'clusters.update', {
      id: c.id,
      fields: sampleCluster('Ceper Baru', { workers: 10, villageCounts: [], mainProducts: ['Wajan'] }),
    });
    expect(changed.updatedAt).not.toBe(c.updatedAt);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'history.updateCluster', params: { name: 'Ceper Baru' } });
    await invoke(env.services, 'workspace.undo', {});
    expect(await invoke(env.services, 'clusters.get', { id: c.id })).toEqual(c);
    await invoke(env.services, 'workspace.redo', {});
    expect(await invoke(env.services, 'clusters.get', { id: c.id })).toEqual(changed);
  });

  it('brings a deleted cluster back in its place in the list', async () => {
    const a = await invoke(env.services, 'clusters.create', sampleCluster('A'));
    const b = await invoke(env.services, 'clusters.create', sampleCluster('B'));
    await invoke(env.services, 'clusters.create', sampleCluster('C'));
    await invoke(env.services, 'clusters.delete', { id: b.id });
    expect(await names()).toEqual(['A', 'C']);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'history.deleteCluster', params: { name: 'B' } });
    await invoke(env.services, 'workspace.undo', {});
    expect(await names()).toEqual(['A', 'B', 'C']);
    expect(await invoke(env.services, 'clusters.get', { id: b.id })).toEqual(b);
    await invoke(env.services, 'workspace.redo', {});
    expect(await names()).toEqual(['A', 'C']);
    expect(await invoke(env.services, 'clusters.get', { id: a.id })).toEqual(a);
  });

  it('walks a chain of edits back to the start and forward again', async () => {
    const c = await invoke(env.services, 'clusters.create', sampleCluster('One'));
    later();
    const u1 = await invoke(env.services, 'clusters.update', { id: c.id, fields: sampleCluster('Two') });
    later();
    const u2 = await invoke(env.services, 'clusters.update', { id: c.id, fields: sampleCluster('Three', { notes: 'third' }) });
    await invoke(env.services, 'workspace.undo', {});
    expect(await invoke(env.services, 'clusters.get', { id: c.id })).toEqual(u1);
    await invoke(env.services, 'workspace.undo', {});
    expect(await invoke(env.services, 'clusters.get', { id: c.id })).toEqual(c);
    await invoke(env.services, 'workspace.undo', {});
    expect(await names()).toEqual([]);
    expect((await invoke(env.services, 'workspace.history', {})).redoLabel?.params).toEqual({ name: 'One' });
    for (let i = 0; i < 3; i++) await invoke(env.services, 'workspace.redo', {});
    expect(await invoke(env.services, 'clusters.get', { id: c.id })).toEqual(u2);
    expect((await errorCode(() => invoke(env.services, 'workspace.redo', {}))).code).toBe('nothingToRedo');
  });

  it('clears redo when a new edit follows an undo', async () => {
    await invoke(env.services, 'clusters.create', sampleCluster('A'));
    await invoke(env.services, 'clusters.create', sampleCluster('B'));
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'workspace.history', {})).canRedo).toBe(true);
    await invoke(env.services, 'clusters.create', sampleCluster('C'));
    expect(await invoke(env.services, 'workspace.history', {})).toMatchObject({
      canRedo: false,
      redoLabel: null,
      undoLabel: { key: 'history.createCluster', params: { name: 'C' } },
    });
    expect(await names()).toEqual(['A', 'C']);
  });

  it('undoes a program update', async () => {
    const before = await invoke(env.services, 'program.get', {});
    const next = { ...before, name: 'Program Baru', province: 'Jawa Tengah', periodStart: 2025, periodEnd: 2027 };
    expect(await invoke(env.services, 'program.update', next)).toEqual(next);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'history.updateProgram', params: { name: 'Program Baru' } });
    const step = await invoke(env.services, 'workspace.undo', {});
    expect(step.changed).toEqual({ program: ['1'] });
    expect(await invoke(env.services, 'program.get', {})).toEqual(before);
  });

  it('records nothing for an edit that fails', async () => {
    const e = await errorCode(() => invoke(env.services, 'clusters.update', { id: 'missing', fields: sampleCluster('X') }));
    expect(e.code).toBe('notFound');
    expect((await invoke(env.services, 'workspace.history', {})).canUndo).toBe(false);
  });

  describe('edits typed in quick succession', () => {
    const update = (id: string, name: string, notes = '') => invoke(env.services, 'clusters.update', { id, fields: sampleCluster(name, { notes }) });

    it('are one step: one undo restores what was there before the typing', async () => {
      const c = await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
      later();
      await update(c.id, 'Ceper', 'p');
      await update(c.id, 'Ceper', 'pe');
      const last = await update(c.id, 'Ceper', 'pengecoran');
      expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'history.updateCluster', params: { name: 'Ceper' } });
      await invoke(env.services, 'workspace.undo', {});
      expect(await invoke(env.services, 'clusters.get', { id: c.id })).toEqual(c);
      await invoke(env.services, 'workspace.redo', {});
      expect(await invoke(env.services, 'clusters.get', { id: c.id })).toEqual(last);
    });

    it('are separate steps once a pause longer than the window comes between them', async () => {
      const c = await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
      later();
      await update(c.id, 'Ceper', 'first');
      later();
      await update(c.id, 'Ceper', 'second');
      await invoke(env.services, 'workspace.undo', {});
      expect((await invoke(env.services, 'clusters.get', { id: c.id })).notes).toBe('first');
    });

    it('never join an edit made right after an undo', async () => {
      const c = await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
      later();
      await update(c.id, 'Ceper', 'first');
      later();
      await update(c.id, 'Ceper', 'second');
      await invoke(env.services, 'workspace.undo', {});
      await update(c.id, 'Ceper', 'third');
      await invoke(env.services, 'workspace.undo', {});
      expect((await invoke(env.services, 'clusters.get', { id: c.id })).notes).toBe('first');
    });

    it('of different records, or of other kinds, stay separate', async () => {
      const a = await invoke(env.services, 'clusters.create', sampleCluster('A'));
      const b = await invoke(env.services, 'clusters.create', sampleCluster('B'));
      await update(a.id, 'A', 'x');
      await update(b.id, 'B', 'y');
      await invoke(env.services, 'workspace.undo', {});
      expect((await invoke(env.services, 'clusters.get', { id: a.id })).notes).toBe('x');
      expect((await invoke(env.services, 'clusters.get', { id: b.id })).notes).toBe(b.notes);
      expect(await names()).toEqual(['A', 'B']);
    });

    it('that end where they began leave no step to undo', async () => {
      const c = await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
      later();
      await update(c.id, 'Ceper', 'x');
      await update(c.id, 'Ceper', c.notes);
      expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'history.createCluster', params: { name: 'Ceper' } });
    });
  });
});
