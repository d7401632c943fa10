import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APPLICATION_ID } from '../../electron/db/constants';
import { initial } from '../../electron/db/migrations/001-initial';
import type { ServiceFeature } from '../../electron/services/feature';
import { features, workspaceSchema } from '../../electron/services/features';
import { invoke } from '../../electron/services/createServices';
import { sampleCluster, sha256, useTempServices } from './helpers';

/*
 * Two more schema steps after the real ones, so opening an existing workspace has to
 * migrate: the first adds a table, the second fails half-way when told to.
 */
const control = vi.hoisted(() => ({ failStep3: false }));

/** A test feature whose tables arrive in two more steps after the app's own. */
const extraSteps: ServiceFeature = {
  name: 'migrationTest',
  handlers: () => ({}),
  migrations: [
    { version: workspaceSchema.latest + 1, name: 'tags', up: (db) => db.exec('CREATE TABLE tags (id TEXT PRIMARY KEY) STRICT') },
    {
      version: workspaceSchema.latest + 2,
      name: 'half-way',
      up: (db) => {
        db.exec('CREATE TABLE half (x INTEGER)');
        if (control.failStep3) throw new Error('migration step failed');
      },
    },
  ],
};

const env = useTempServices({ features: [...features, extraSteps] });
const LAST = workspaceSchema.latest + 2;
/** Tables of the app's own schema, as a fresh file has them. */
function appTables(): string[] {
  const db = new Database(':memory:');
  try {
    for (const m of workspaceSchema.migrations) m.up(db);
    return tableNames(db);
  } finally {
    db.close();
  }
}
let file: string;

/** Writes a workspace at the first released schema version (1), as the released app would. */
function releasedWorkspace(): string {
  const p = path.join(env.root, 'released.sentra');
  const db = new Database(p);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  initial.up(db);
  db.pragma('user_version = 1');
  db.prepare("INSERT INTO meta (key, value) VALUES ('workspace_id', '11111111-2222-3333-4444-555555555555'), ('created_at', '2025-01-01T00:00:00.000Z')").run();
  db.prepare("INSERT INTO program (id, name) VALUES (1, 'Released')").run();
  db.close();
  return p;
}

beforeEach(() => {
  control.failStep3 = false;
  file = releasedWorkspace();
});

const userVersion = (p: string) => fs.readFileSync(p).readUInt32BE(60);
const tableNames = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('opening a workspace that needs migrating', () => {
  it('runs every pending step, keeps the data and takes one migration backup of the old version', async () => {
    const summary = await invoke(env.services, 'workspace.open', { path: file });
    expect(summary.schemaVersion).toBe(LAST);
    expect(summary.workspaceId).toBe('11111111-2222-3333-4444-555555555555');
    expect((await invoke(env.services, 'program.get', {})).name).toBe('Released');
    await invoke(env.services, 'clusters.create', sampleCluster('Ceper'));
    const backups = await invoke(env.services, 'workspace.backups', {});
    const migration = backups.filter((b) => b.reason === 'migration');
    expect(migration).toHaveLength(1);
    const copy = new Database(path.join(env.root, 'data', 'backups', ...migration[0]!.id.split('/')), { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
      expect(tableNames(copy)).toEqual(['clusters', 'meta', 'program']);
    } finally {
      copy.close();
    }
    await invoke(env.services, 'workspace.close', {});
    expect(userVersion(file)).toBe(LAST);
  });

  it('stops at the last complete step when one fails, and the backup holds the original', async () => {
    control.failStep3 = true;
    const before = sha256(file);
    const result = await env.services.call('workspace.open', { path: file }, { clientId: 'local' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await invoke(env.services, 'workspace.current', {})).toBeNull();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const raw = new Database(file, { readonly: true });
    try {
      // The app's steps and the first extra one committed; the failing one rolled back entirely.
      expect(raw.pragma('user_version', { simple: true })).toBe(LAST - 1);
      expect(tableNames(raw)).toEqual([...appTables(), 'tags'].sort());
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      raw.close();
    }
    const [backup] = await invoke(env.services, 'workspace.backups', {});
    expect(backup?.reason).toBe('migration');
    const backupFile = path.join(env.root, 'data', 'backups', ...backup!.id.split('/'));
    const copy = new Database(backupFile, { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
    } finally {
      copy.close();
    }
    expect(sha256(file)).not.toBe(before);

    // Once the step is fixed, opening finishes the job.
    control.failStep3 = false;
    expect((await invoke(env.services, 'workspace.open', { path: file })).schemaVersion).toBe(LAST);
  });
});
