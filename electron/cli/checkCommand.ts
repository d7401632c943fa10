import fs from 'node:fs';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppError } from '../../shared/contract/errors';
import { APPLICATION_ID } from '../db/constants';
import { workspaceSchema } from '../services/features';

const LATEST_VERSION = workspaceSchema.latest;
import { inspectHeader } from '../db/inspectHeader';
import { openWorkspaceDb } from '../db/openWorkspaceDb';
import { openSqlite, type Database } from '../db/sqlite';
import { keyValues } from './format';
import { errorMessage } from './messages';
import type { CliCommand } from './types';

/** What the first 100 bytes say, read with plain file I/O (for the report only; the verdict is the app's). */
type HeaderFacts = { sqliteMagic: false } | HeaderDetails;

interface HeaderDetails {
  sqliteMagic: true;
  pageSize: number;
  pageCount: number;
  journal: 'wal' | 'rollback' | 'unknown';
  textEncoding: string;
  userVersion: number;
  applicationId: number;
  sqliteVersion: string;
}

interface Contents {
  integrityCheck: string[];
  foreignKeyViolations: number;
  workspaceId: string | null;
  createdAt: string | null;
  program: string | null;
  clusters: number | null;
  tables: Record<string, number>;
}

export interface CheckReport {
  file: string;
  /** `direct`: the checked open ran on the file; `copy`: on a temporary copy, because the open would have written to the file. */
  method: 'direct' | 'copy' | 'none';
  methodReason?: string;
  sizeBytes: number | null;
  sidecars: string[];
  header: HeaderFacts | null;
  schema: { fileVersion: number; latestVersion: number; status: 'current' | 'needsMigration' | 'newer' } | null;
  open: { ok: boolean; ms: number; code?: string; message?: string };
  lock: 'free' | 'heldElsewhere' | 'notTried';
  quickCheck: 'ok' | 'failed' | 'notRun';
  contents: Contents | null;
  unchanged: boolean | null;
  verdict: 'ok' | 'needsMigration' | 'refused' | 'damaged';
}

const SIDECARS = ['-wal', '-shm', '-journal'];
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Thrown from the open's migration hook so check never migrates: the file stays as it is. */
class StopBeforeMigration extends Error {
  constructor(readonly contents: Contents) {
    super('stop before migration');
  }
}

function readHeader(file: string, size: number): HeaderFacts | null {
  if (size < 100) return null;
  const h = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, h, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  const raw = h.readUInt16BE(16);
  const v = h.readUInt32BE(96);
  const enc = h.readUInt32BE(56);
  if (!h.subarray(0, 16).equals(MAGIC)) return { sqliteMagic: false };
  return {
    sqliteMagic: true,
    pageSize: raw === 1 ? 65536 : raw,
    pageCount: h.readUInt32BE(28),
    journal: h[18] === 2 && h[19] === 2 ? 'wal' : h[18] === 1 && h[19] === 1 ? 'rollback' : 'unknown',
    textEncoding: enc === 1 ? 'UTF-8' : enc === 2 ? 'UTF-16le' : enc === 3 ? 'UTF-16be' : `unknown (${enc})`,
    userVersion: h.readUInt32BE(60),
    applicationId: h.readUInt32BE(68),
    sqliteVersion: `${Math.floor(v / 1_000_000)}.${Math.floor(v / 1000) % 1000}.${v % 1000}`,
  };
}

/** SHA-256 of the file and what lies beside it, read in chunks. */
function fingerprint(file: string): string | null {
  try {
    const hash = crypto.createHash('sha256');
    for (const p of [file, ...SIDECARS.map((s) => file + s)]) {
      if (!fs.existsSync(p)) {
        hash.update(`${p}:absent;`);
        continue;
      }
      const fd = fs.openSync(p, 'r');
      try {
        const buf = Buffer.alloc(1 << 20);
        for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n));
      } finally {
        fs.closeSync(fd);
      }
    }
    return hash.digest('hex');
  } catch {
    return null;
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Deeper checks and counts on the connection the checked open verified and locked. */
function inspect(db: Database): Contents {
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

/**
 * Runs the app's checked open on `target` (the file, or a temporary copy of it) and fills
 * the report. On the file itself a needed migration is stopped before it writes; on a
 * copy it runs, to show the app's migration would succeed.
 */
async function checkedOpen(target: string, original: string, report: CheckReport, isCopy: boolean): Promise<void> {
  const started = performance.now();
  try {
    const db = await openWorkspaceDb(
      target,
      isCopy ? { schema: workspaceSchema } : { schema: workspaceSchema, beforeMigrate: (conn) => Promise.reject(new StopBeforeMigration(inspect(conn))) },
    );
    try {
      report.contents = inspect(db);
    } finally {
      db.close();
    }
    report.open = { ok: true, ms: performance.now() - started };
  } catch (e) {
    report.open = { ok: false, ms: performance.now() - started };
    if (e instanceof StopBeforeMigration) {
      report.open.ok = true;
      report.contents = e.contents;
    } else if (e instanceof AppError) {
      report.open.code = e.code;
      // messages name the file the user gave, not the temporary copy
      report.open.message = errorMessage(e.code, { ...e.params, ...('path' in e.params ? { path: original } : {}) });
    } else {
      report.open.code = 'internal';
      report.open.message = `Unexpected error while opening: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}

/**
 * Whether another connection holds the file, asked without writing: a read-only
 * connection gets SQLITE_BUSY from the exclusive lock the app keeps. A -shm it may create
 * beside a file with a pending -wal is removed again.
 */
function probeLock(file: string): 'busy' | 'free' | 'unknown' {
  const existing = new Set(SIDECARS.filter((s) => fs.existsSync(file + s)));
  let result: 'busy' | 'free' | 'unknown' = 'unknown';
  let db: Database | null = null;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true, timeout: 0 });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    result = 'free';
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') result = 'busy';
  } finally {
    try {
      db?.close();
    } catch {
      // nothing was written; closing cannot lose anything
    }
  }
  for (const s of SIDECARS) if (!existing.has(s)) fs.rmSync(file + s, { force: true });
  return result;
}

/**
 * The integrity report. It runs the app's own checked open (`openWorkspaceDb`: header,
 * exclusive lock, quick_check, application_id, user_version) but not through the
 * services, so it takes no on-open backup and adds nothing to the recent files. A cleanly
 * closed, current workspace is opened directly (nothing is written to it); where the open
 * would write (a pending -wal, a non-WAL file, an older schema) the lock is asked
 * read-only and the checks run on a temporary copy. Either way the file stays as it was.
 */
export async function checkWorkspace(file: string): Promise<CheckReport> {
  let size: number | null = null;
  try {
    size = fs.statSync(file).size;
  } catch {
    // reported as fileMissing by the checked open below
  }
  const sidecars = SIDECARS.filter((s) => fs.existsSync(file + s));
  const before = fingerprint(file);
  const header =
    size === null
      ? null
      : (() => {
          try {
            return readHeader(file, size);
          } catch {
            return null;
          }
        })();
  const schema =
    header && header.sqliteMagic
      ? {
          fileVersion: header.userVersion,
          latestVersion: LATEST_VERSION,
          status:
            header.userVersion > LATEST_VERSION ? ('newer' as const) : header.userVersion < LATEST_VERSION ? ('needsMigration' as const) : ('current' as const),
        }
      : null;

  const report: CheckReport = {
    file,
    method: 'none',
    sizeBytes: size,
    sidecars,
    header,
    schema,
    open: { ok: false, ms: 0 },
    lock: 'notTried',
    quickCheck: 'notRun',
    contents: null,
    unchanged: null,
    verdict: 'refused',
  };

  // The header checks come first in the checked open; past them, the lock is taken before
  // quick_check runs. Knowing whether the header passed tells which stage refused the file.
  let headerPassed = false;
  try {
    inspectHeader(file, LATEST_VERSION);
    headerPassed = true;
  } catch {
    // the checked open below reports why
  }

  // Where the app's open would write to the file (merging a -wal left beside it, switching
  // a rollback-journal file to WAL, migrating), check works on a temporary copy instead.
  const copyReasons: string[] = [];
  if (headerPassed && header?.sqliteMagic) {
    if (sidecars.length > 0) copyReasons.push(`${sidecars.join(', ')} beside the file (the app would merge it on open)`);
    if (header.journal !== 'wal') copyReasons.push('not in WAL mode (the app would switch it)');
    if (schema?.status === 'needsMigration') copyReasons.push('older schema (the app would migrate it)');
  }

  if (copyReasons.length === 0) {
    report.method = 'direct';
    await checkedOpen(file, file, report, false);
  } else {
    report.method = 'copy';
    report.methodReason = copyReasons.join('; ');
    if (probeLock(file) === 'busy') {
      report.open = { ok: false, ms: 0, code: 'lockedElsewhere', message: errorMessage('lockedElsewhere', { path: file }) };
    } else {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-check-'));
      try {
        const copy = path.join(tmp, 'copy.sentra');
        fs.copyFileSync(file, copy);
        for (const s of sidecars) fs.copyFileSync(file + s, copy + s);
        await checkedOpen(copy, file, report, true);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    }
  }

  const code = report.open.code;
  if (report.open.ok) {
    report.lock = 'free';
    report.quickCheck = 'ok';
  } else if (code === 'lockedElsewhere') report.lock = 'heldElsewhere';
  else if (headerPassed && code !== 'notWritable') {
    report.lock = 'free';
    if (code === 'corrupt') report.quickCheck = 'failed';
  }

  const after = fingerprint(file);
  report.unchanged = size !== null && before !== null && after !== null ? before === after : null;

  const c = report.contents;
  if (!report.open.ok) report.verdict = 'refused';
  else if (c && (c.integrityCheck.join() !== 'ok' || c.foreignKeyViolations > 0)) report.verdict = 'damaged';
  else report.verdict = schema?.status === 'needsMigration' ? 'needsMigration' : 'ok';
  return report;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(8, '0')}`;
const yes = (ok: boolean) => (ok ? 'ok' : 'FAILED');

/** The report as the lines the command prints. */
export function formatReport(r: CheckReport): string[] {
  const h = r.header;
  const c = r.contents;
  const pairs: [string, string][] = [
    ['File', r.file],
    ['Size', r.sizeBytes === null ? 'missing' : `${r.sizeBytes.toLocaleString('en')} bytes`],
    ['Beside it', r.sidecars.length === 0 ? 'no -wal/-shm/-journal files' : r.sidecars.join(', ')],
  ];
  if (h) {
    pairs.push(['SQLite header', h.sqliteMagic ? 'yes' : 'no (not an SQLite database)']);
    if (h.sqliteMagic) {
      pairs.push(
        ['Page size', `${h.pageSize} bytes × ${h.pageCount} pages`],
        ['Journal', h.journal === 'wal' ? 'WAL' : h.journal],
        ['Text encoding', h.textEncoding],
        ['Written by', `SQLite ${h.sqliteVersion}`],
        ['application_id', `${hex(h.applicationId)} ${h.applicationId === APPLICATION_ID ? '(Sentra) ok' : `(not Sentra’s ${hex(APPLICATION_ID)})`}`],
      );
    }
  } else if (r.sizeBytes !== null) pairs.push(['SQLite header', 'no (file shorter than an SQLite header)']);
  if (r.schema) {
    const what = { current: 'current', needsMigration: 'older: the app migrates it on open, after a backup', newer: 'NEWER than this build understands' };
    pairs.push(['Schema version', `${r.schema.fileVersion} (this build: ${r.schema.latestVersion}) ${what[r.schema.status]}`]);
  }
  const where = r.method === 'copy' ? ' on a temporary copy' : '';
  pairs.push([
    'Checked open',
    r.open.ok ? `opened as the app opens it${where} (${r.open.ms.toFixed(0)} ms)` : `REFUSED: ${r.open.message ?? r.open.code ?? ''}`,
  ]);
  if (r.method === 'copy') pairs.push(['Why a copy', `${r.methodReason ?? ''}; the file itself is only read`]);
  if (r.method === 'copy' && r.open.ok && r.schema?.status === 'needsMigration') {
    pairs.push(['Migration', `the copy migrated from version ${r.schema.fileVersion} to ${r.schema.latestVersion} without error`]);
  }
  pairs.push([
    'Lock',
    r.lock === 'heldElsewhere'
      ? 'HELD by another program'
      : r.lock === 'notTried'
        ? 'not tried'
        : r.method === 'direct' && r.open.ok
          ? 'free (taken exclusively for the check, then released)'
          : 'free (readable: no other program holds it)',
  ]);
  pairs.push(['quick_check', r.quickCheck === 'notRun' ? 'not run' : yes(r.quickCheck === 'ok')]);
  if (c) {
    pairs.push(
      ['integrity_check', c.integrityCheck.join() === 'ok' ? 'ok' : `FAILED: ${c.integrityCheck.join('; ')}`],
      ['Foreign keys', c.foreignKeyViolations === 0 ? 'ok' : `${c.foreignKeyViolations} violation(s)`],
      ['Workspace id', c.workspaceId ?? '–'],
      ['Created', c.createdAt ?? '–'],
      ['Program', c.program === null ? '–' : `“${c.program}”`],
      ['Clusters', c.clusters === null ? '–' : String(c.clusters)],
      [
        'Rows per table',
        Object.entries(c.tables)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ') || '–',
      ],
    );
  }
  pairs.push([
    'File unchanged',
    r.unchanged === null
      ? 'unknown'
      : r.unchanged
        ? 'yes (SHA-256 of the file and its -wal/-shm identical before and after)'
        : 'NO: the bytes changed during the check',
  ]);
  const verdict = {
    ok: 'OK: a good workspace; the app opens it.',
    needsMigration: 'OK: a good workspace at an older schema; the app will migrate it on open (after a backup).',
    refused: 'REFUSED: the app will not open this file.',
    damaged: 'DAMAGED: the full integrity check found problems. Restore a backup.',
  }[r.verdict];
  pairs.push(['Verdict', verdict]);
  return keyValues(pairs);
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary:
    'Integrity report of FILE: header, application_id, schema version, lock, quick_check and integrity_check, program and cluster counts. Exit 0 for a good workspace, 1 for any file the app would refuse. Read-only: no backup, no migration, the file is left byte-for-byte as it was.',
  summaryId:
    'Laporan keutuhan FILE: header, application_id, versi skema, kunci, quick_check dan integrity_check, jumlah program dan sentra. Keluar 0 bila baik, 1 bila aplikasi akan menolaknya. Tidak mengubah berkas.',
  positionals: [{ name: 'FILE', description: 'The file to check (any file: it is only read).' }],
  options: { json: { type: 'boolean', description: 'Print the report as JSON.', descriptionId: 'Cetak laporan sebagai JSON.' } },
  notes: [
    'The check uses the app’s own checked open (openWorkspaceDb) without the services: it takes no on-open backup and adds nothing to the recent files. A workspace open in the app is reported as locked (exit 1).',
  ],
  run: async ({ positionals, values }, ctx) => {
    const file = ctx.resolvePath(positionals[0]!);
    const report = await checkWorkspace(file);
    ctx.log('info', 'cli check', { file, verdict: report.verdict, code: report.open.code });
    if (values.json === true) ctx.out(JSON.stringify(report, null, 2));
    else for (const line of formatReport(report)) ctx.out(line);
    return report.verdict === 'ok' || report.verdict === 'needsMigration' ? 0 : 1;
  },
};
