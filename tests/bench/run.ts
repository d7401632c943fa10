/**
 * `npm run bench`: figures for issue 2's, 6's, 7's and 8's targets, printed as a table. Timing is never a
 * pass/fail here: the run always exits 0 unless something breaks.
 *
 * Everything runs in this process over the real services (`createServices`, calls through
 * `services.call`, i.e. the same dispatch with schema validation the transports use) and
 * real SQLite files in a temporary folder. Options: `--dir DIR` (where the temp folder goes;
 * default the OS temp folder; use a folder on the disk you care about, since commits fsync),
 * `--opens N` (default 20), `--edits N` (default 1000), `--keep` (leave the files), `--no-canvas`
 * (skip the stakeholder map's speed in Chromium).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { type ClusterFields, clusterGroups, emptyClusterFields } from '../../shared/domain/clusters/schemas';
import { openWorkspaceDb } from '../../electron/db/openWorkspaceDb';
import { features, workspaceSchema } from '../../electron/services/features';
import type { ServiceFeature } from '../../electron/services/feature';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION } from '../../shared/domain/workspace/interchange';
import { emptyStakeholdersSection } from '../../shared/domain/stakeholders/interchange';
import { emptySelectionSection } from '../../shared/domain/selection/interchange';
import { emptySwotSection } from '../../shared/domain/swot/interchange';
import { emptyPlanSection } from '../../shared/domain/plan/interchange';
import { openSqlite } from '../../electron/db/sqlite';
import { projectRoot, readAppVersion } from '../../electron/services/app/projectRoot';
import { startWebServer } from '../../electron/server/webServer';
import { createServices, type Services } from '../../electron/services/createServices';
import type { Logger } from '../../electron/services/types';
import { benchSelection } from './selection/benchSelection';
import { benchSelectionServices } from './selection/benchSelectionServices';
import { benchPlan } from './plan/benchPlan';
import { benchStakeholders } from './stakeholders/benchStakeholders';

const { values: opts } = parseArgs({
  options: {
    dir: { type: 'string' },
    opens: { type: 'string', default: '20' },
    edits: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    'no-canvas': { type: 'boolean', default: false },
  },
});
const OPENS = Number(opts.opens);
const EDITS = Number(opts.edits);
const CLUSTERS = 50;
const ROWS = 20_000;
const BIG_BYTES = 50 * 1024 * 1024;
const CLIENT = { clientId: 'bench' };

// ---------------------------------------------------------------- measuring

let peakRss = 0;
let peakHeap = 0;
function sampleMemory(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}
const sampler = setInterval(sampleMemory, 20);
sampler.unref();

interface Stats {
  median: number;
  p95: number;
  max: number;
  n: number;
}
function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  const mid = s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median: mid, p95: at(0.95), max: s[s.length - 1]!, n: s.length };
}
async function time<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

interface Line {
  measure: string;
  figure: string;
  target: string;
  verdict: string;
}
const lines: Line[] = [];
const notes: string[] = [];
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function report(measure: string, s: Stats | number, target?: { limit: number; what: 'median' | 'total' }): void {
  const figure = typeof s === 'number' ? `${fmt(s)} ms` : `median ${fmt(s.median)} ms · p95 ${fmt(s.p95)} · max ${fmt(s.max)} (n=${s.n})`;
  const value = typeof s === 'number' ? s : s.median;
  lines.push({
    measure,
    figure,
    target: target ? `≤ ${target.limit} ms` : '',
    verdict: target ? (value <= target.limit ? 'within' : 'OVER') : '',
  });
}

// ---------------------------------------------------------------- setup

const root = projectRoot();
const base = fs.mkdtempSync(path.join(opts.dir ? path.resolve(opts.dir) : os.tmpdir(), 'sentra-bench-'));
const wsDir = path.join(base, 'ws');
fs.mkdirSync(wsDir);
const problems: string[] = [];
const log: Logger = (level, message, data) => {
  if (level !== 'info') problems.push(`${level}: ${message} ${data === undefined ? '' : JSON.stringify(data).slice(0, 200)}`);
};
/**
 * Bench-only tables, brought in as a feature of their own the way real features bring theirs:
 * rows shaped like later features' per-cluster records, large text bodies, and a graph.
 */
const benchFeature: ServiceFeature = {
  name: 'bench',
  handlers: () => ({}),
  migrations: [
    {
      version: workspaceSchema.latest + 1,
      name: 'bench-tables',
      up: (db) =>
        db.exec(`
          CREATE TABLE bench_rows (
            id INTEGER PRIMARY KEY,
            cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, label TEXT NOT NULL, value REAL, note TEXT NOT NULL
          ) STRICT;
          CREATE INDEX bench_rows_by_cluster ON bench_rows(cluster_id);
          CREATE TABLE bench_blobs (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;
          CREATE TABLE bench_nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL) STRICT;
          CREATE TABLE bench_edges (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL REFERENCES bench_nodes(id) ON DELETE CASCADE,
            target TEXT NOT NULL REFERENCES bench_nodes(id) ON DELETE CASCADE
          ) STRICT;
        `),
    },
  ],
};
const benchSchema = { migrations: [...workspaceSchema.migrations, ...benchFeature.migrations!], latest: workspaceSchema.latest + 1 };

const services: Services = createServices(
  {
    appVersion: readAppVersion(root),
    host: 'browser',
    dataDir: path.join(base, 'data'),
    defaultDir: wsDir,
    resourcesDir: path.join(root, 'resources'),
    log,
  },
  { features: [...features, benchFeature] },
);

/** Fills a closed workspace file with raw SQL: bulk data for the bench, outside any edit. */
function fillClosed(file: string, fill: (db: ReturnType<typeof openSqlite>) => void): void {
  const db = openSqlite(file);
  try {
    db.pragma('journal_mode = WAL');
    fill(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** A call through dispatch (name check, zod validation, handler), as IPC and HTTP make it. */
async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> {
  const r = await services.call(name, input, CLIENT);
  if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
  return r.value as CallResult<K>;
}
const session = () => services.registry.current(CLIENT.clientId);

const villages = ['Tegalrejo', 'Ngawonggo', 'Ceper', 'Klepu', 'Dlimas', 'Kurung', 'Jambu Kulon', 'Meger'];
/** A filled-in cluster profile, about the size of the demo's. */
function clusterFields(i: number): ClusterFields {
  return {
    ...emptyClusterFields(`Sentra Bench ${String(i).padStart(3, '0')}`),
    village: villages[i % villages.length]!,
    district: 'Ceper',
    regency: 'Kabupaten Klaten',
    province: 'Jawa Tengah',
    sector: 'Pengecoran logam',
    kbli: '24310',
    group: clusterGroups[i % clusterGroups.length]!,
    enterprisesSmall: 100 + i,
    enterprisesMedium: 50,
    enterprisesLarge: 10,
    workers: 2_000 + i,
    productionValue: 1_500_000_000 + i,
    establishedYear: 1970,
    mainProducts: ['Pipa', 'Komponen mesin', 'Peralatan rumah tangga'],
    rawMaterials: [{ material: 'Skrap besi', source: 'Pengepul informal' }],
    markets: [{ market: 'Jawa Tengah', channel: 'Pedagang perantara' }],
    organisations: [{ name: 'Koperasi Batur Jaya', kind: 'cooperative' }],
    villageCounts: villages.map((v, k) => ({ village: v, micro: null, small: 10 + k, medium: k, large: null })),
    history: 'Sejak zaman kolonial dikenal sebagai pusat pengecoran logam. '.repeat(8),
    notes: '',
  };
}

const fileSize = (p: string) => fs.statSync(p).size;

// ---------------------------------------------------------------- 1. open

async function benchOpen(): Promise<string> {
  await call('workspace.create', { dir: wsDir, fileName: 'bench-open', programName: 'Bench program' });
  const ids: string[] = [];
  for (let i = 0; i < CLUSTERS; i++) ids.push((await call('clusters.create', clusterFields(i))).id);
  const file = session().path;
  await call('workspace.close', {});
  // 20,000 extra rows in a bench-only table, shaped like the per-cluster records later
  // features add (stakeholders, survey answers, monitoring values), indexed by cluster like theirs will be.
  fillClosed(file, (db) => {
    const insert = db.prepare('INSERT INTO bench_rows (cluster_id, kind, label, value, note) VALUES (?, ?, ?, ?, ?)');
    const kinds = ['stakeholder', 'survey', 'indicator', 'meeting'];
    db.transaction(() => {
      for (let i = 0; i < ROWS; i++) {
        insert.run(
          ids[i % CLUSTERS]!,
          kinds[i % kinds.length]!,
          `Baris ${i} — ${villages[i % villages.length]}`,
          i * 1.5,
          `Catatan lapangan nomor ${i}: ${'data '.repeat(20 + (i % 20))}`,
        );
      }
    })();
  });
  notes.push(
    `Open workspace: ${CLUSTERS} clusters created through clusters.create, plus ${ROWS.toLocaleString('en')} rows in a bench-only table bench_rows ` +
      `(cluster key, kind, label, number, ~100–200-char note; indexed by cluster) added with raw SQL to the closed file; file ${mb(fileSize(file))}.`,
  );

  // the app's path: workspace.open = checked open + on-open backup (+ recent files), then close
  const viaServices: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const [ms] = await time(() => call('workspace.open', { path: file }));
    viaServices.push(ms);
    sampleMemory();
    await call('workspace.close', {});
  }
  // the checked open alone: header, lock, quick_check, application_id, user_version
  const checkedOnly: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const [ms, db2] = await time(() => openWorkspaceDb(file, { schema: benchSchema }));
    checkedOnly.push(ms);
    db2.close();
  }
  report(`Open 50 clusters + 20k rows (${mb(fileSize(file))}): workspace.open incl. on-open backup`, stats(viaServices), {
    limit: 200,
    what: 'median',
  });
  report('  same, checked open alone (openWorkspaceDb: header, lock, quick_check, ids)', stats(checkedOnly), { limit: 200, what: 'median' });
  return file;
}

// ---------------------------------------------------------------- 2. edits

async function benchEdits(file: string): Promise<void> {
  await call('workspace.open', { path: file });
  const list = await call('clusters.list', {});
  const full = await Promise.all(list.map((c) => call('clusters.get', { id: c.id })));
  const fieldsOf = full.map(({ id: _id, createdAt: _c, updatedAt: _u, ...fields }) => fields);
  const viaDispatch: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const k = i % full.length;
    const fields = { ...fieldsOf[k]!, workers: 3_000 + i, notes: `Kunjungan lapangan ${i}: produksi naik.` };
    const [ms] = await time(() => call('clusters.update', { id: full[k]!.id, fields }));
    viaDispatch.push(ms);
    if (i % 50 === 0) sampleMemory();
  }
  await call('workspace.close', {});
  // for scale: SQLite's own commit of a one-row update on a plain connection (WAL, synchronous=FULL)
  const bare: number[] = [];
  fillClosed(file, (db) => {
    db.pragma('synchronous = FULL');
    const raw = db.prepare('UPDATE clusters SET notes = ? WHERE id = ?');
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      raw.run(`raw ${i}`, full[i % full.length]!.id);
      bare.push(performance.now() - t0);
    }
  });
  report(`${EDITS.toLocaleString('en')} single edits: clusters.update via services.call (dispatch + zod + undo record + commit)`, stats(viaDispatch), {
    limit: 2,
    what: 'median',
  });
  report('  for scale: bare one-row UPDATE commit on a plain connection (fsync floor)', stats(bare));
  await benchEditsOverHttp(
    file,
    full.map((c) => c.id),
    fieldsOf,
  );
}

/** The same edits end to end through browser mode's HTTP transport (JSON, token cookie, dispatch, commit). */
async function benchEditsOverHttp(file: string, ids: string[], fieldsOf: ClusterFields[]): Promise<void> {
  const rendererDir = fs.mkdtempSync(path.join(base, 'renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  const server = await startWebServer({ services, rendererDir });
  const headers = { 'Content-Type': 'application/json', 'X-Sentra': '1', Cookie: `sentra_token=${server.token}` };
  const post = async (name: string, input: unknown) => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/call`, { method: 'POST', headers, body: JSON.stringify({ name, input }) });
    const body = (await res.json()) as { ok: boolean };
    if (!body.ok) throw new Error(`${name} over HTTP failed: ${JSON.stringify(body)}`);
  };
  await post('workspace.open', { path: file });
  const overHttp: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const k = i % ids.length;
    const fields = { ...fieldsOf[k]!, workers: 5_000 + i };
    const [ms] = await time(() => post('clusters.update', { id: ids[k], fields }));
    overHttp.push(ms);
  }
  await post('workspace.close', {});
  await server.close();
  report(`  same ${EDITS.toLocaleString('en')} edits end to end over browser mode's HTTP (fetch → server → dispatch → commit)`, stats(overHttp), {
    limit: 2,
    what: 'median',
  });
}

// ---------------------------------------------------------------- 3. JSON

async function benchJson(): Promise<void> {
  const demoText = fs.readFileSync(path.join(root, 'resources', 'demo', 'demo-workspace.json'), 'utf8');
  const imports: number[] = [];
  let lastPath = '';
  for (let i = 0; i < 10; i++) {
    const target = path.join(wsDir, `demo-import-${i}.sentra`);
    const [ms, summary] = await time(() => call('workspace.importJson', { json: demoText, path: target }));
    imports.push(ms);
    lastPath = summary.path;
    await call('workspace.close', {});
  }
  await call('workspace.open', { path: lastPath });
  const exports: number[] = [];
  let size = 0;
  for (let i = 0; i < 10; i++) {
    const [ms, json] = await time(() => call('workspace.exportJson', {}));
    exports.push(ms);
    size = json.length;
  }
  await call('workspace.close', {});
  report(`JSON export of the demo (${(size / 1024).toFixed(0)} KB): workspace.exportJson`, stats(exports));
  report('JSON import of the demo: workspace.importJson (parse, validate, new file, open + backup)', stats(imports));
}

// ---------------------------------------------------------------- 4. 50 MB backup

async function benchBackup(): Promise<void> {
  const summary = await call('workspace.create', { dir: wsDir, fileName: 'bench-50mb', programName: 'Bench 50 MB' });
  for (let i = 0; i < 10; i++) await call('clusters.create', clusterFields(i));
  await call('workspace.close', {});
  // bench-only table of 8 KB text bodies (random, so nothing compresses or dedupes) up to ~50 MB
  fillClosed(summary.path, (db) => {
    const insert = db.prepare('INSERT INTO bench_blobs (body) VALUES (?)');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const dbBytes = () => (db.pragma('page_count', { simple: true }) as number) * pageSize;
    while (dbBytes() < BIG_BYTES) {
      db.transaction(() => {
        for (let i = 0; i < 200; i++) insert.run(crypto.randomBytes(6144).toString('base64'));
      })();
      sampleMemory();
    }
  });
  await call('workspace.open', { path: summary.path });
  const size = fileSize(summary.path);
  const viaDbBackup: number[] = [];
  for (let i = 0; i < 3; i++) {
    const target = path.join(base, `backup-${i}.sentra`);
    const [ms] = await time(() => session().saveCopy(target));
    viaDbBackup.push(ms);
    sampleMemory();
    if (i < 2) fs.rmSync(target);
  }
  const [viaService] = await time(() => call('workspace.backupNow', {}));
  // the copy is a workspace the checked open accepts
  const check = openSqlite(path.join(base, 'backup-2.sentra'), { readonly: true });
  const ok = check.pragma('quick_check', { simple: true }) === 'ok';
  check.close();
  await call('workspace.close', {});
  report(
    `Backup of a ${mb(size)} workspace: db.backup (better-sqlite3 default, 100 pages a step)${ok ? '' : ' — COPY FAILED quick_check'}`,
    stats(viaDbBackup),
    {
      limit: 1000,
      what: 'median',
    },
  );
  report('  same via workspace.backupNow (takeBackup: db.backup + keep last 10)', viaService, { limit: 1000, what: 'total' });
  notes.push(`50 MB workspace: 10 clusters plus a bench-only table bench_blobs of 8 KB random base64 text bodies, filled with raw SQL to ${mb(size)}.`);
}

// ---------------------------------------------------------------- 5. undo of a graph

const NODES = 2000;

/** Moving every node of a 2,000-node map in one edit, its undo and redo (issue 6: each ≤ 20 ms). */
async function benchGraphUndo(): Promise<void> {
  await call('workspace.create', { dir: wsDir, fileName: 'bench-graph', programName: 'Bench graph' });
  const label = { key: 'history.bench', params: {} };
  session().edit(label, (w) => {
    for (let i = 0; i < NODES; i++) w.insert('bench_nodes', { id: `n${i}`, label: `Aktor ${i}`, x: i, y: i });
    for (let i = 0; i < NODES * 2.5; i++) w.insert('bench_edges', { id: `e${i}`, source: `n${i % NODES}`, target: `n${(i * 7 + 1) % NODES}` });
  });
  const moves: number[] = [];
  const undos: number[] = [];
  const redos: number[] = [];
  for (let round = 0; round < 10; round++) {
    const [moved] = await time(() =>
      session().edit(label, (w) => {
        for (let i = 0; i < NODES; i++) w.update('bench_nodes', `n${i}`, { x: i + round + 1, y: i - round });
      }),
    );
    moves.push(moved);
    undos.push((await time(() => call('workspace.undo', {})))[0]);
    redos.push((await time(() => call('workspace.redo', {})))[0]);
    sampleMemory();
  }
  // the delete of a node with its ties (ON DELETE CASCADE, followed explicitly) and its undo
  const deletes: number[] = [];
  const deleteUndos: number[] = [];
  for (let i = 0; i < 50; i++) {
    deletes.push((await time(() => session().edit(label, (w) => w.delete('bench_nodes', `n${i}`))))[0]);
    deleteUndos.push((await time(() => call('workspace.undo', {})))[0]);
  }
  await call('workspace.close', {});
  report(`Move ${NODES.toLocaleString('en')} nodes in one edit (session.edit: record + commit)`, stats(moves), { limit: 20, what: 'median' });
  report('  its undo via services.call (apply 2,000 row images, FKs deferred, commit)', stats(undos), { limit: 20, what: 'median' });
  report('  its redo via services.call', stats(redos), { limit: 20, what: 'median' });
  report('Delete one node with its ties (cascade recorded) / its undo', stats(deletes));
  report('  undo of that delete', stats(deleteUndos));
  notes.push(
    `Graph: ${NODES.toLocaleString('en')} nodes and ${(NODES * 2.5).toLocaleString('en')} ties in bench-only tables with ON DELETE CASCADE; 10 rounds of move / undo / redo.`,
  );
}

// ---------------------------------------------------------------- 6. import scaling

/** Importing documents of growing size: the time per cluster stays flat when the import is linear. */
async function benchImportScaling(): Promise<void> {
  for (const n of [12_500, 25_000, 50_000, 100_000]) {
    const doc = {
      format: INTERCHANGE_FORMAT,
      formatVersion: INTERCHANGE_VERSION,
      exportedAt: new Date().toISOString(),
      appVersion: '0.1.0',
      program: { name: 'Bench', province: '', regency: '', facilitator: '', institution: '', periodStart: null, periodEnd: null },
      clusters: Array.from({ length: n }, (_, i) => ({
        ...clusterFields(i),
        name: `Sentra ${i}`,
        id: `c${i}`,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      })),
      ...emptyStakeholdersSection(),
      ...emptySelectionSection(),
      ...emptySwotSection(),
      ...emptyPlanSection(),
    };
    const json = JSON.stringify(doc);
    const [ms] = await time(() => call('workspace.importJson', { json, path: path.join(wsDir, `import-${n}.sentra`) }));
    await call('workspace.close', {});
    sampleMemory();
    report(`Import ${n.toLocaleString('en')} clusters (${mb(json.length)} JSON): workspace.importJson — ${((ms * 1000) / n).toFixed(0)} µs a cluster`, ms);
  }
}

// ---------------------------------------------------------------- run and print

function printTable(): void {
  const head: Line = { measure: 'Measure', figure: 'Figure', target: 'Target', verdict: '' };
  const w = {
    measure: Math.max(...[head, ...lines].map((l) => l.measure.length)),
    figure: Math.max(...[head, ...lines].map((l) => l.figure.length)),
    target: Math.max(...[head, ...lines].map((l) => l.target.length)),
  };
  const row = (l: Line) => `${l.measure.padEnd(w.measure)}  ${l.figure.padEnd(w.figure)}  ${l.target.padEnd(w.target)}  ${l.verdict}`.trimEnd();
  console.log(row(head));
  console.log(`${'-'.repeat(w.measure)}  ${'-'.repeat(w.figure)}  ${'-'.repeat(w.target)}  ------`);
  for (const l of lines) console.log(row(l));
}

async function main(): Promise<void> {
  sampleMemory();
  const sqliteVersion = (openSqlite(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  console.log(
    `Sentra bench — Node ${process.version}, SQLite ${sqliteVersion}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? '?'})`,
  );
  console.log(`Files in ${base} (commits fsync: the disk under this folder decides edit latency)\n`);
  const started = performance.now();
  const file = await benchOpen();
  await benchEdits(file);
  await benchJson();
  await benchBackup();
  await benchGraphUndo();
  await benchImportScaling();
  sampleMemory();
  await services.shutdown();
  for (const f of await benchStakeholders({ canvas: !opts['no-canvas'] })) lines.push({ ...f, verdict: '' });
  for (const f of await benchSelection()) lines.push({ ...f, verdict: '' });
  for (const f of await benchSelectionServices()) lines.push({ ...f, verdict: '' });
  for (const f of await benchPlan()) lines.push({ ...f, verdict: '' });
  sampleMemory();
  lines.push({
    measure: 'Peak memory (process, sampled every 20 ms and inside loops)',
    figure: `rss ${mb(peakRss)} · heapUsed ${mb(peakHeap)}`,
    target: '',
    verdict: '',
  });
  printTable();
  console.log('');
  for (const n of notes) console.log(`• ${n}`);
  console.log(
    '• Targets: median edit commit ≤ 2 ms end to end; open with the integrity checks ≤ 200 ms; 50 MB backup ≤ 1 s (issue 2); moving 2,000 nodes and its undo each ≤ 20 ms, imports linear in size (issue 6); the stakeholder map targets are printed beside its figures (issue 7). Figures only: nothing here fails on timing.',
  );
  console.log(`• Whole run ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (problems.length > 0) console.log(`• The services logged ${problems.length} warning(s)/error(s):\n  ${problems.slice(0, 5).join('\n  ')}`);
}

main()
  .catch((e: unknown) => {
    console.error('bench failed:', e);
    process.exitCode = 1;
  })
  .finally(() => {
    clearInterval(sampler);
    if (opts.keep) console.log(`• Files kept in ${base}`);
    else fs.rmSync(base, { recursive: true, force: true });
  });
