import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../../shared/contract';
import { errorCodes } from '../../shared/contract/errors';
import { createServices, invoke } from '../../electron/services/createServices';
import { type LogEntry, sampleCluster, sha256, useTempServices } from './helpers';

const env = useTempServices();
const ctx = { clientId: 'w1' };

async function withWorkspace(): Promise<string> {
  const r = await env.services.call('workspace.create', { dir: env.root, fileName: 'd', programName: 'P' }, ctx);
  if (!r.ok) throw new Error(`create failed: ${r.error.code}`);
  return (r.value as { path: string }).path;
}

describe('dispatch', () => {
  it('has a handler for every call in the contract and nothing more', () => {
    expect(Object.keys(env.services.handlers).sort()).toEqual(Object.keys(api).sort());
  });

  it.each([['no.such.call'], ['toString'], ['__proto__'], [42], [null]])('rejects unknown call %j', async (name) => {
    expect(await env.services.call(name, {}, ctx)).toEqual({ ok: false, error: { code: 'unknownCall' } });
    expect(env.logs.some((l) => l.level === 'warn')).toBe(true);
  });

  it('treats missing input as an empty object', async () => {
    expect(await env.services.call('workspace.current', undefined, ctx)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['a blank name', { ...sampleCluster('x'), name: '  ' }, 'name', 'validation.required'],
    ['a negative count', { ...sampleCluster('x'), enterprisesMicro: -1 }, 'enterprisesMicro', 'validation.nonNegative'],
    ['a fractional count', { ...sampleCluster('x'), workers: 1.5 }, 'workers', 'validation.integer'],
    ['a bad KBLI', { ...sampleCluster('x'), kbli: 'abc' }, 'kbli', 'validation.kbli'],
    ['a missing field', { name: 'only a name' }, 'village', 'validation.missing'],
  ])('rejects clusters.create with %s and writes nothing', async (_what, input, field, detail) => {
    const file = await withWorkspace();
    const hashes = () => [sha256(file), fs.existsSync(`${file}-wal`) ? sha256(`${file}-wal`) : ''];
    const before = hashes();
    const r = await env.services.call('clusters.create', input, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalidInput');
      expect(r.error.params?.field).toBe(field);
      expect(r.error.params?.detail).toBe(detail);
    }
    const list = await env.services.call('clusters.list', {}, ctx);
    expect(list).toEqual({ ok: true, value: [] });
    expect((await invoke(env.services, 'workspace.history', {}, ctx)).canUndo).toBe(false);
    expect(hashes()).toEqual(before);
  });

  it.each([
    ['workspace.open', { path: '/tmp/x.sentra', extra: 1 }],
    ['clusters.get', { id: 'a', admin: true }],
    ['workspace.close', { force: true }],
    ['clusters.update', { id: 'a', fields: sampleCluster('x'), sneaky: 1 }],
    ['app.setLanguage', { language: 'fr' }],
    ['app.openExternal', { url: 'file:///etc/passwd' }],
    ['workspace.open', { path: '' }],
    ['workspace.open', 'not an object'],
  ])('rejects %s with input %j', async (name, input) => {
    const r = await env.services.call(name, input, ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it.each(['../evil', 'a/b', 'con:', '..', ' '])('refuses the file name %j for a new workspace and creates nothing', async (fileName) => {
    const before = fs.readdirSync(env.root);
    const r = await env.services.call('workspace.create', { dir: env.root, fileName, programName: 'P' }, ctx);
    expect(r).toMatchObject({ ok: false, error: { code: fileName.trim() === '' ? 'invalidInput' : 'badFileName' } });
    expect(fs.readdirSync(env.root)).toEqual(before);
    expect(fs.existsSync(path.join(path.dirname(env.root), 'evil.sentra'))).toBe(false);
  });

  it('rejects a period that ends before it starts on program.update', async () => {
    await withWorkspace();
    const r = await env.services.call(
      'program.update',
      { name: 'P', province: '', regency: '', facilitator: '', institution: '', periodStart: 2027, periodEnd: 2025 },
      ctx,
    );
    expect(r).toEqual({ ok: false, error: { code: 'invalidInput', params: { field: 'periodEnd', detail: 'validation.periodOrder' } } });
    expect(await env.services.call('program.get', {}, ctx)).toMatchObject({ ok: true, value: { name: 'P', periodStart: null } });
  });

  it.each([
    ['program.get', {}],
    ['clusters.list', {}],
    ['clusters.get', { id: 'x' }],
    ['clusters.create', sampleCluster('x')],
    ['clusters.delete', { id: 'x' }],
    ['workspace.exportJson', {}],
    ['workspace.backupNow', {}],
    ['workspace.saveCopy', { path: '/tmp/never' }],
    ['workspace.undo', {}],
    ['workspace.history', {}],
  ])('answers %s with noWorkspace when nothing is open', async (name, input) => {
    expect(await env.services.call(name, input, ctx)).toMatchObject({ ok: false, error: { code: 'noWorkspace' } });
  });

  it('keeps workspaces per client', async () => {
    await withWorkspace();
    expect(await env.services.call('clusters.list', {}, { clientId: 'other' })).toMatchObject({ ok: false, error: { code: 'noWorkspace' } });
  });

  it('turns a plain Error from a handler into internal, and logs it', async () => {
    const localLogs: LogEntry[] = [];
    const faulty = createServices(
      {
        appVersion: '0.1.0',
        host: 'browser',
        dataDir: path.join(env.root, 'data2'),
        defaultDir: path.join(env.root, 'ws2'),
        resourcesDir: path.resolve('resources'),
        log: (level, message) => localLogs.push({ level, message }),
      },
      {
        overrides: {
          'app.info': () => {
            throw new Error('boom');
          },
        },
      },
    );
    try {
      await expect(faulty.call('app.info', {}, ctx)).resolves.toEqual({ ok: false, error: { code: 'internal' } });
      expect(localLogs).toContainEqual({ level: 'error', message: 'call app.info failed' });
    } finally {
      await faulty.shutdown();
    }
  });

  it('reports unsupportedHere for native-only calls in browser mode', async () => {
    expect(await env.services.call('app.pickPath', { mode: 'open' }, ctx)).toEqual({ ok: false, error: { code: 'unsupportedHere', params: {} } });
  });

  it('only ever reports codes the catalogs know', async () => {
    const results = await Promise.all([
      env.services.call('nope', {}, ctx),
      env.services.call('clusters.list', {}, ctx),
      env.services.call('workspace.open', { path: path.join(env.root, 'missing.sentra') }, ctx),
      env.services.call('workspace.open', { path: 1 }, ctx),
    ]);
    for (const r of results) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(errorCodes).toContain(r.error.code);
    }
  });
});
