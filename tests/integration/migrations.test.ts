import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/db/constants';
import { migrate } from '../../electron/db/migrate';
import { schemaOf } from '../../electron/db/schema';
import { workspaceSchema } from '../../electron/services/features';
import { invoke } from '../../electron/services/createServices';
import { errorCode, sampleCluster, useTempServices } from './helpers';

const env = useTempServices();
const { migrations, latest: LATEST_VERSION } = workspaceSchema;

/** A file stamped as ours at `version`, with the schema of the migrations up to it and nothing else. */
function fileAtVersion(name: string, version: number): string {
  const file = path.join(env.root, name);
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  for (const m of migrations) if (m.version <= version) m.up(db);
  db.pragma(`user_version = ${version}`);
  db.close();
  return file;
}

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered 1, 2, 3, … in order, and LATEST_VERSION is the last', () => {
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(migrations.at(-1)!.version);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });

  it('refuse a list with a gap or a repeated version, whatever order features list them in', () => {
    const step = (version: number) => ({ version, name: `v${version}`, up: () => undefined });
    expect(schemaOf([step(2), step(1)]).latest).toBe(2);
    expect(() => schemaOf([step(1), step(3)])).toThrow(/without gaps or repeats/);
    expect(() => schemaOf([step(1), step(1)])).toThrow(/without gaps or repeats/);
  });

  it('creates new workspaces at LATEST_VERSION with our application_id', async () => {
    const { path: file, schemaVersion } = await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'new', programName: 'P' });
    expect(schemaVersion).toBe(LATEST_VERSION);
    await invoke(env.services, 'workspace.close', {});
    const header = fs.readFileSync(file).subarray(0, 100);
    expect(header.readUInt32BE(60)).toBe(LATEST_VERSION);
    expect(header.readUInt32BE(68)).toBe(APPLICATION_ID);
  });

  it('opens a file at LATEST_VERSION without a migration backup', async () => {
    const file = fileAtVersion('latest.sentra', LATEST_VERSION);
    const summary = await invoke(env.services, 'workspace.open', { path: file });
    expect(summary.schemaVersion).toBe(LATEST_VERSION);
    expect((await invoke(env.services, 'workspace.backups', {})).map((b) => b.reason)).toEqual(['open']);
    // A file made outside the app has no program yet; saving one works.
    expect((await errorCode(() => invoke(env.services, 'program.get', {}))).code).toBe('notFound');
    const program = { name: 'P', province: '', regency: '', facilitator: '', institution: '', periodStart: null, periodEnd: null };
    expect(await invoke(env.services, 'program.update', program)).toEqual(program);
    expect((await invoke(env.services, 'clusters.create', sampleCluster('Ceper'))).name).toBe('Ceper');
  });

  it('migrates a version-0 workspace to LATEST_VERSION, taking a migration backup first', async () => {
    const file = fileAtVersion('v0.sentra', 0);
    expect(fs.readFileSync(file).readUInt32BE(60)).toBe(0);
    const summary = await invoke(env.services, 'workspace.open', { path: file });
    expect(summary.schemaVersion).toBe(LATEST_VERSION);
    const session = env.services.registry.current('local');
    expect(session.pragma('user_version')).toBe(LATEST_VERSION);
    const fresh = new Database(':memory:');
    for (const m of migrations) m.up(fresh);
    const expected = tables(fresh);
    fresh.close();
    expect(expected).toEqual(expect.arrayContaining(['clusters', 'meta', 'program', 'actors', 'ties']));
    expect(session.reader.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => r.name)).toEqual(expected);

    const backups = await invoke(env.services, 'workspace.backups', {});
    expect(backups.map((b) => b.reason).sort()).toEqual(['migration', 'open']);
    const migration = backups.find((b) => b.reason === 'migration')!;
    const open = backups.find((b) => b.reason === 'open')!;
    expect(Date.parse(migration.takenAt)).toBeLessThanOrEqual(Date.parse(open.takenAt));
    // The migration backup holds the file as it was before: version 0, no tables.
    const copy = new Database(path.join(env.root, 'data', 'backups', ...migration.id.split('/')), { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(0);
      expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(tables(copy)).toEqual([]);
    } finally {
      copy.close();
    }
  });

  it('leaves a migrated file at LATEST_VERSION after closing', async () => {
    const file = fileAtVersion('v0b.sentra', 0);
    await invoke(env.services, 'workspace.open', { path: file });
    await invoke(env.services, 'workspace.close', {});
    expect(fs.readFileSync(file).readUInt32BE(60)).toBe(LATEST_VERSION);
    await invoke(env.services, 'workspace.open', { path: file });
    expect((await invoke(env.services, 'workspace.backups', {})).filter((b) => b.reason === 'migration')).toHaveLength(1);
  });

  it('migrate() steps a bare connection up and refuses a newer one', () => {
    const db = new Database(':memory:');
    try {
      expect(migrate(db, workspaceSchema)).toEqual({ from: 0, to: LATEST_VERSION });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(migrate(db, workspaceSchema)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
      db.pragma(`user_version = ${LATEST_VERSION + 1}`);
      expect(() => migrate(db, workspaceSchema)).toThrow(/newerVersion/);
    } finally {
      db.close();
    }
  });
});
