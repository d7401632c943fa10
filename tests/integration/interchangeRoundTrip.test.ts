import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { parseWorkspaceDocument, type WorkspaceDocument } from '../../shared/domain/workspace/interchange';
import { errorCode, sampleCluster, sha256, useTempServices } from './helpers';
import type { ClustersSection } from '../../shared/domain/clusters/interchange';
import type { StakeholdersSection } from '../../shared/domain/stakeholders/interchange';
import { features } from '../../electron/services/features';

const env = useTempServices();

function parse(text: string): WorkspaceDocument & ClustersSection & StakeholdersSection {
  // Every feature's section, so a new feature's records are checked without editing this test.
  const sections = features.flatMap((f) => (f.interchange ? [f.interchange] : []));
  const r = parseWorkspaceDocument<ClustersSection & StakeholdersSection>(text, sections);
  if (!r.ok) throw new Error(`export is not valid interchange: ${r.code} at ${r.params.where}: ${r.params.detail}`);
  return r.doc;
}

const withoutStamp = ({ exportedAt: _, ...rest }: WorkspaceDocument) => rest;

describe('JSON interchange round trip', () => {
  it('opens the demo from the bundled document, with every record', async () => {
    const summary = await invoke(env.services, 'workspace.openDemo', {});
    expect(summary.fileName).toBe('Sentra Demo.sentra');
    const bundled = parse(fs.readFileSync(path.resolve('resources/demo/demo-workspace.json'), 'utf8'));
    const exported = parse(await invoke(env.services, 'workspace.exportJson', {}));
    const { exportedAt: _a, appVersion: _b, ...records } = bundled;
    for (const [key, value] of Object.entries(records)) expect(exported[key], key).toEqual(value);
    expect(exported.appVersion).toBe('0.1.0');
    // A second openDemo opens the same file rather than making another.
    await invoke(env.services, 'workspace.close', {});
    expect((await invoke(env.services, 'workspace.openDemo', {})).path).toBe(summary.path);
    expect((await invoke(env.services, 'workspace.openDemo', { fresh: true })).fileName).toBe('Sentra Demo 2.sentra');
  });

  it('exports, imports and exports the demo to the same document', async () => {
    const demo = await invoke(env.services, 'workspace.openDemo', {});
    const first = await invoke(env.services, 'workspace.exportJson', {});
    const target = path.join(env.root, 'imported.sentra');
    const imported = await invoke(env.services, 'workspace.importJson', { json: first, path: target });
    expect(imported.path).toBe(target);
    expect(imported.workspaceId).not.toBe(demo.workspaceId);
    const second = await invoke(env.services, 'workspace.exportJson', {});
    const [a, b] = [parse(first), parse(second)];
    expect(a.clusters.length).toBeGreaterThanOrEqual(10);
    expect(withoutStamp(b)).toEqual(withoutStamp(a));
    expect(JSON.parse(second)).toEqual({ ...(JSON.parse(first) as object), exportedAt: b.exportedAt });
  });

  it('keeps edited data, lists and nulls exactly through the round trip', async () => {
    await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'edited', programName: 'Program' });
    await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    await invoke(env.services, 'clusters.create', { ...sampleCluster('Kosong'), enterprisesSmall: null, mainProducts: [], notes: '' });
    await invoke(env.services, 'program.update', {
      name: 'P',
      province: 'Jawa Tengah',
      regency: '',
      facilitator: 'Ani',
      institution: 'LPM',
      periodStart: 2025,
      periodEnd: null,
    });
    const first = await invoke(env.services, 'workspace.exportJson', {});
    await invoke(env.services, 'workspace.importJson', { json: first, path: path.join(env.root, 'again') });
    const second = await invoke(env.services, 'workspace.exportJson', {});
    expect(withoutStamp(parse(second))).toEqual(withoutStamp(parse(first)));
    expect(parse(second).clusters.map((c) => c.name)).toEqual(['Ceper', 'Kosong']);
  });
});

describe('bad interchange input', () => {
  let open: string;
  let before: { hash: string; list: unknown; files: string[] };

  beforeEach(async () => {
    open = (await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'current', programName: 'Current' })).path;
    await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    // The idle checkpoint rewrites the file a second after the last commit: let it pass before hashing,
    // so a slow refusal is not mistaken for a write.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    before = { hash: sha256(open), list: await invoke(env.services, 'clusters.list', {}), files: fs.readdirSync(env.root).sort() };
  });

  async function expectRefused(json: string, code: string): Promise<Record<string, string | number>> {
    // In a folder that does not exist yet: a refused import must not create it either.
    const target = path.join(env.root, 'new-folder', 'target.sentra');
    const e = await errorCode(() => invoke(env.services, 'workspace.importJson', { json, path: target }));
    expect(e.code).toBe(code);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(env.root).sort()).toEqual(before.files);
    expect((await invoke(env.services, 'workspace.current', {}))?.path).toBe(open);
    expect(await invoke(env.services, 'clusters.list', {})).toEqual(before.list);
    expect(sha256(open)).toBe(before.hash);
    return e.params;
  }

  it('refuses malformed JSON with badJson', async () => {
    const params = await expectRefused('{"format": "sentra-workspace", ', 'badJson');
    expect(String(params.detail)).not.toBe('');
  });

  it('refuses the wrong shape with badInterchange and says where', async () => {
    const good = JSON.parse(await invoke(env.services, 'workspace.exportJson', {})) as { clusters: Record<string, unknown>[] };
    good.clusters[0]!.workers = -5;
    const params = await expectRefused(JSON.stringify(good), 'badInterchange');
    expect(params).toMatchObject({ where: 'validation.whereClusterNamed', row: '1', field: 'clusters.workers' });
    expect(params.detail).toBe('validation.nonNegative');
    expect((await expectRefused('{"hello": 1}', 'badInterchange')).where).toBe('format');
  });

  it('refuses a newer format version with newerInterchange', async () => {
    const doc = JSON.parse(await invoke(env.services, 'workspace.exportJson', {})) as Record<string, unknown>;
    const params = await expectRefused(JSON.stringify({ ...doc, formatVersion: 999 }), 'newerInterchange');
    expect(params.where).toBe('formatVersion');
  });

  it('refuses through dispatch without throwing', async () => {
    const result = await env.services.call('workspace.importJson', { json: '[', path: path.join(env.root, 'x') }, { clientId: 'local' });
    expect(result).toMatchObject({ ok: false, error: { code: 'badJson' } });
    expect(fs.existsSync(path.join(env.root, 'x.sentra'))).toBe(false);
  });
});
