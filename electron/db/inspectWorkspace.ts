import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppError } from '../../shared/contract/errors';
import { type HeaderFacts, inspectHeader } from './inspectHeader';
import { openWorkspaceDb } from './openWorkspaceDb';
import { type LockState, probeLock } from './probeLock';
import type { Schema } from './schema';
import type { Database } from './sqlite';
import { copyWorkspaceFiles, fingerprintWorkspaceFiles, SIDECARS, sameWorkspaceFiles, type WorkspaceFiles } from './workspaceFiles';

/** What the deeper checks and counts found on the opened copy. */
export interface WorkspaceContents {
  integrityCheck: string[];
  foreignKeyViolations: number;
  workspaceId: string | null;
  createdAt: string | null;
  program: string | null;
  clusters: number | null;
  tables: Record<string, number>;
}

/** Why a file was refused: an error code (`errors.*`, or `sidecarNotAFile`) and its parameters. */
export interface Refusal {
  code: string;
  params: Record<string, string | number>;
}

export interface WorkspaceInspection {
  file: string;
  sizeBytes: number | null;
  /** The sidecars present when the check began. */
  sidecars: string[];
  header: HeaderFacts | null;
  schema: { fileVersion: number; latestVersion: number; status: 'current' | 'needsMigration' } | null;
  /** The app's checked open, run on a private copy of the file and its sidecars. */
  open: ({ ok: true } | ({ ok: false } & Refusal)) & { ms: number };
  lock: LockState | 'notTried';
  quickCheck: 'ok' | 'failed' | 'notRun';
  contents: WorkspaceContents | null;
  /** The file and its sidecars have the same bytes, and the same sidecars exist, before and after. */
  unchanged: boolean;
  /** `changed`: another program wrote to the file during the check, so the rest is unreliable. */
  verdict: 'ok' | 'needsMigration' | 'refused' | 'damaged' | 'changed';
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function readContents(db: Database): WorkspaceContents {
  const tableNames = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
  const has = (t: string) => tableNames.includes(t);
  const tables: Record<string, number> = {};
  for (const t of tableNames) tables[t] = (db.prepare(`SELECT count(*) AS n FROM ${quote(t)}`).get() as { n: number }).n;
  const meta = (key: string) =>
    has('meta') ? ((db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null) : null;
  return {
    integrityCheck: (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map((r) => r.integrity_check),
    foreignKeyViolations: (db.pragma('foreign_key_check') as unknown[]).length,
    workspaceId: meta('workspace_id'),
    createdAt: meta('created_at'),
    program: has('program') ? ((db.prepare('SELECT name FROM program WHERE id = 1').get() as { name: string } | undefined)?.name ?? null) : null,
    clusters: has('clusters') ? (tables.clusters ?? 0) : null,
    tables,
  };
}

/** The checks that need no SQLite connection to the file, then the lock; a refusal, or null to go on. */
function checkBeforeOpening(file: string, before: WorkspaceFiles, schema: Schema, report: WorkspaceInspection): Refusal | null {
  if (before[''].kind === 'other') return { code: 'notSqlite', params: { path: file } };
  const odd = SIDECARS.find((s) => before[s].kind === 'other' || before[s].kind === 'folder');
  if (odd) return { code: 'sidecarNotAFile', params: { path: file + odd } };
  try {
    report.header = inspectHeader(file, schema.latest);
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, params: e.params };
    throw e;
  }
  const fileVersion = report.header.userVersion;
  report.schema = { fileVersion, latestVersion: schema.latest, status: fileVersion < schema.latest ? 'needsMigration' : 'current' };
  report.lock = probeLock(file);
  return report.lock === 'heldElsewhere' ? { code: 'lockedElsewhere', params: { path: file } } : null;
}

/**
 * The app's checked open (`openWorkspaceDb`: header, quick_check, application_id,
 * user_version, lock, migrations) on a private copy, so whatever it writes (merging a -wal,
 * switching to WAL, migrating) happens to the copy. Messages name the user's file.
 */
async function openCopy(file: string, schema: Schema, report: WorkspaceInspection): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-check-'));
  const started = performance.now();
  try {
    const copy = path.join(tmp, 'copy.sentra');
    copyWorkspaceFiles(file, copy);
    const db = await openWorkspaceDb(copy, { schema });
    try {
      report.contents = readContents(db);
    } finally {
      db.close();
    }
    report.open = { ok: true, ms: performance.now() - started };
    report.quickCheck = 'ok';
  } catch (e) {
    const refusal: Refusal =
      e instanceof AppError
        ? { code: e.code, params: 'path' in e.params ? { ...e.params, path: file } : e.params }
        : { code: 'internal', params: { detail: e instanceof Error ? e.message : String(e) } };
    report.open = { ok: false, ms: performance.now() - started, ...refusal };
    if (refusal.code === 'corrupt') report.quickCheck = 'failed';
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function verdictOf(r: WorkspaceInspection): WorkspaceInspection['verdict'] {
  if (!r.unchanged) return 'changed';
  if (!r.open.ok) return 'refused';
  const c = r.contents;
  if (c && (c.integrityCheck.join() !== 'ok' || c.foreignKeyViolations > 0)) return 'damaged';
  return r.schema?.status === 'needsMigration' ? 'needsMigration' : 'ok';
}

/**
 * The integrity report behind `check`: would the app open this file, and is it whole?
 * Read-only throughout: the file and its sidecars are only read (a pipe or device is not
 * even opened), the lock is asked without creating anything, and the checked open runs on
 * a private copy. No backup, no migration of the file, nothing added to recent files.
 * The copy is taken without holding a lock, so a write during the check is reported
 * (`changed`) rather than prevented.
 */
export async function inspectWorkspace(file: string, schema: Schema): Promise<WorkspaceInspection> {
  const before = fingerprintWorkspaceFiles(file);
  const main = before[''];
  const report: WorkspaceInspection = {
    file,
    sizeBytes: main.kind === 'file' ? main.size : null,
    sidecars: SIDECARS.filter((s) => before[s].kind !== 'absent'),
    header: null,
    schema: null,
    open: { ok: false, ms: 0, code: 'internal', params: {} },
    lock: 'notTried',
    quickCheck: 'notRun',
    contents: null,
    unchanged: true,
    verdict: 'refused',
  };
  const refusal = checkBeforeOpening(file, before, schema, report);
  if (refusal) report.open = { ok: false, ms: 0, ...refusal };
  else await openCopy(file, schema, report);
  report.unchanged = sameWorkspaceFiles(before, fingerprintWorkspaceFiles(file));
  report.verdict = verdictOf(report);
  return report;
}
