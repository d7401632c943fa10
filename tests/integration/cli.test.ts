import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';
import { APPLICATION_ID } from '../../electron/db/constants';
import { openWorkspaceDb } from '../../electron/db/openWorkspaceDb';
import { workspaceSchema } from '../../electron/services/features';

/*
 * The CLI as a user runs it: a child process (tsx, from the project folder) with its own
 * data folder. Each spawn costs about a second, so independent runs go in parallel.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const SLOW = 60_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let dataDir: string;
let demo: string;

function cli(...args: string[]): Promise<Run> {
  const env = { ...process.env };
  delete env.npm_lifecycle_event; // relative paths: from cwd, not from npm's INIT_CWD
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsxCli, 'electron/cli.ts', ...args, '--data-dir', dataDir],
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const sidecars = (file: string) => ['-wal', '-shm', '-journal'].filter((s) => fs.existsSync(file + s));
let copies = 0;
/** A fresh copy of the demo: the workspace lock is exclusive, so parallel runs each need their own file. */
function demoCopy(): string {
  const p = path.join(dir, `demo-copy-${++copies}.sentra`);
  fs.copyFileSync(demo, p);
  return p;
}
/** Everything in the document except the moment it was written. */
function withoutExportedAt(json: string): unknown {
  const { exportedAt, ...rest } = JSON.parse(json) as Record<string, unknown>;
  expect(typeof exportedAt).toBe('string');
  return rest;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-cli-'));
  dataDir = path.join(dir, 'data');
  demo = path.join(dir, 'demo.sentra');
  const made = await cli('demo', '--out', demo);
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
}, SLOW);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('CLI', () => {
  it(
    '--help lists every command and exits 0',
    async () => {
      const [help, byName] = await Promise.all([cli('--help'), cli('help', 'check')]);
      expect(help.code).toBe(0);
      for (const c of commands) expect(help.stdout).toContain(`  ${c.name} `);
      for (const word of ['--out', '--cluster', '--data-dir', '--json', 'Exit codes']) expect(help.stdout).toContain(word);
      expect(byName.code).toBe(0);
      expect(byName.stdout).toContain('Usage: npm run cli -- check FILE');
    },
    SLOW,
  );

  it(
    'reports a wrong command line with exit code 2',
    async () => {
      const [unknown, missing] = await Promise.all([cli('frobnicate'), cli('import-json', path.join(dir, 'x.json'))]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('Unknown command "frobnicate"');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('Missing --out');
    },
    SLOW,
  );

  it(
    'builds the demo, which then checks out good; a second demo refuses the existing file',
    async () => {
      const before = sha256(demo);
      const [check, again] = await Promise.all([cli('check', demo), cli('demo', '--out', demo)]);
      expect(check.code).toBe(0);
      expect(check.stdout).toMatch(/application_id:\s+0x534E5452 \(Sentra\) ok/);
      expect(check.stdout).toMatch(/integrity_check:\s+ok/);
      expect(check.stdout).toMatch(/Clusters:\s+12/);
      expect(check.stdout).toMatch(/Verdict:\s+OK/);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already exists');
      expect(sha256(demo)).toBe(before);
      expect(sidecars(demo)).toEqual([]);
    },
    SLOW,
  );

  it(
    'round-trips export-json → import-json → export-json identically except exportedAt',
    async () => {
      const first = path.join(dir, 'first.json');
      const copy = path.join(dir, 'copy.sentra');
      const second = path.join(dir, 'second.json');
      expect((await cli('export-json', demo, '--out', first)).code).toBe(0);
      const imported = await cli('import-json', first, '--out', copy);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('12 clusters');
      expect((await cli('export-json', copy, '--out', second)).code).toBe(0);
      expect(withoutExportedAt(fs.readFileSync(second, 'utf8'))).toEqual(withoutExportedAt(fs.readFileSync(first, 'utf8')));
      // and it is the bundled demo data, record for record
      const source = fs.readFileSync(path.join(root, 'resources/demo/demo-workspace.json'), 'utf8');
      const { appVersion: _a, ...demoDoc } = withoutExportedAt(source) as Record<string, unknown>;
      const { appVersion: _b, ...exported } = withoutExportedAt(fs.readFileSync(second, 'utf8')) as Record<string, unknown>;
      expect(exported).toEqual(demoDoc);
      // an existing --out is refused
      const again = await cli('export-json', demo, '--out', first);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already exists');
    },
    SLOW,
  );

  it(
    'refuses malformed JSON with the reason and creates no file',
    async () => {
      const notJson = path.join(dir, 'not.json');
      const wrongShape = path.join(dir, 'shape.json');
      fs.writeFileSync(notJson, '{ "format": "sentra-workspace", ');
      fs.writeFileSync(
        wrongShape,
        JSON.stringify({ format: 'sentra-workspace', formatVersion: 1, exportedAt: 'x', appVersion: '0', program: {}, clusters: [] }),
      );
      const targets = [path.join(dir, 'bad1.sentra'), path.join(dir, 'bad2.sentra')];
      const before = fs.readdirSync(dir).sort();
      const [a, b] = await Promise.all([cli('import-json', notJson, '--out', targets[0]!), cli('import-json', wrongShape, '--out', targets[1]!)]);
      expect(a.code).toBe(1);
      expect(a.stderr).toMatch(/The file is not valid JSON: (line 1, column 33|the text ends too early)\. Nothing was changed\./);
      expect(b.code).toBe(1);
      expect(b.stderr).toContain("does not match Sentra's format. At the program, field “Program name”: Missing. Nothing was changed.");
      for (const t of targets) expect(fs.existsSync(t)).toBe(false);
      expect(fs.readdirSync(dir).sort()).toEqual(before);
    },
    SLOW,
  );

  it(
    'check exits non-zero for files the app refuses and leaves them byte-identical',
    async () => {
      const random = path.join(dir, 'random.sentra');
      const empty = path.join(dir, 'empty.sentra');
      const foreign = path.join(dir, 'foreign.sentra');
      const newer = path.join(dir, 'newer.sentra');
      fs.writeFileSync(random, crypto.randomBytes(16_384));
      fs.writeFileSync(empty, '');
      const f = new Database(foreign);
      f.exec('CREATE TABLE notes (text TEXT)');
      f.close();
      const n = new Database(newer);
      n.pragma(`application_id = ${APPLICATION_ID}`);
      n.pragma('user_version = 999');
      n.exec('CREATE TABLE later (x)');
      n.close();
      const files = { random, empty, foreign, newer };
      const before = Object.fromEntries(Object.entries(files).map(([k, p]) => [k, sha256(p)]));
      const runs = await Promise.all(Object.values(files).map((p) => cli('check', p)));
      const expected = { random: 'not a Sentra workspace', empty: 'empty (0 bytes)', foreign: 'another application', newer: 'newer Sentra' };
      Object.keys(files).forEach((k, i) => {
        const run = runs[i]!;
        expect(run.code, k).toBe(1);
        expect(run.stdout, k).toContain(expected[k as keyof typeof expected]);
        expect(run.stdout, k).toMatch(/Verdict:\s+REFUSED/);
        const p = files[k as keyof typeof files];
        expect(sha256(p), k).toBe(before[k]);
        expect(sidecars(p), k).toEqual([]);
      });
      expect(fs.statSync(empty).size).toBe(0);
    },
    SLOW,
  );

  it(
    'check reports a workspace locked by another process and leaves it alone',
    async () => {
      const db = await openWorkspaceDb(demo, { schema: workspaceSchema });
      try {
        const [check, list] = await Promise.all([cli('check', demo, '--json'), cli('clusters', demo)]);
        expect(check.code).toBe(1);
        const report = JSON.parse(check.stdout) as { lock: string; verdict: string; open: { code: string } };
        expect(report).toMatchObject({ lock: 'heldElsewhere', verdict: 'refused', open: { code: 'lockedElsewhere' } });
        expect(list.code).toBe(1);
        expect(list.stderr).toContain('in use by another program');
      } finally {
        db.close();
      }
      expect((await cli('check', demo)).code).toBe(0);
    },
    SLOW,
  );

  it(
    'check leaves a -wal from a crash alone (checks a copy) and the app then recovers the edits',
    async () => {
      const crashed = path.join(dir, 'crashed.sentra');
      fs.copyFileSync(demo, crashed);
      // a writer that dies mid-session: committed edits sit in the -wal beside the file
      const writer = `
      const Database = require('better-sqlite3');
      const db = new Database(process.argv[1]);
      db.pragma('locking_mode = EXCLUSIVE'); db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
      for (let i = 0; i < 5; i++) db.prepare("UPDATE clusters SET notes = ? WHERE id = 'demo-kebumen'").run('after crash ' + i);
      process.kill(process.pid, 'SIGKILL');`;
      await new Promise<void>((resolve) => execFile(process.execPath, ['-e', writer, crashed], { cwd: root }, () => resolve()));
      expect(sidecars(crashed)).toContain('-wal');
      const before = { file: sha256(crashed), wal: sha256(`${crashed}-wal`), sidecars: sidecars(crashed) };
      const check = await cli('check', crashed);
      expect(check.code).toBe(0);
      expect(check.stdout).toMatch(/on a temporary copy/);
      expect(check.stdout).toMatch(/Verdict:\s+OK/);
      expect({ file: sha256(crashed), wal: sha256(`${crashed}-wal`), sidecars: sidecars(crashed) }).toEqual(before);
      const shown = await cli('cluster', crashed, '--cluster', 'demo-kebumen', '--json');
      expect(shown.code).toBe(0);
      expect((JSON.parse(shown.stdout) as { notes: string }).notes).toBe('after crash 4');
    },
    SLOW,
  );

  it(
    'lists clusters and finds one by id or by its name in any case',
    async () => {
      const [list, byName, byId, byStart] = await Promise.all([
        cli('clusters', demoCopy()),
        cli('cluster', demoCopy(), '--cluster', 'SENTRA GENTENG KEBUMEN'),
        cli('cluster', demoCopy(), '--cluster', 'DEMO-Ceper-Klaten', '--json'),
        cli('cluster', demoCopy(), '--cluster', 'sentra genteng'),
      ]);
      expect(list.code).toBe(0);
      expect(list.stdout).toMatch(/demo-kebumen\s+Sentra Genteng Kebumen\s+\S.*Kabupaten Kebumen/);
      expect(list.stdout).toContain('12 clusters.');
      expect(byName.code).toBe(0);
      expect(byName.stdout).toContain('Sentra Genteng Kebumen  (id demo-kebumen)');
      expect(byId.code).toBe(0);
      expect((JSON.parse(byId.stdout) as { name: string }).name).toBe('Sentra Pengecoran Logam Ceper');
      expect(byStart.code).toBe(0);
      expect(byStart.stdout).toContain('(id demo-kebumen)');
      // Files a script opens stay out of the app's Open recent menu.
      const settingsFile = path.join(dataDir, 'settings.json');
      const recent = fs.existsSync(settingsFile) ? (JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as { recent?: unknown[] }).recent : [];
      expect(recent ?? []).toEqual([]);
    },
    SLOW,
  );

  it(
    'finds --cluster "kebumen" (issue 2: a unique prefix is enough, "Kebumen")',
    async () => {
      const run = await cli('cluster', demo, '--cluster', 'kebumen');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Sentra Genteng Kebumen  (id demo-kebumen)');
    },
    SLOW,
  );

  it(
    'refuses an ambiguous, unknown or blank --cluster with exit code 1',
    async () => {
      const [ambiguous, none, blank] = await Promise.all([
        cli('cluster', demoCopy(), '--cluster', 'sentra logam'),
        cli('cluster', demoCopy(), '--cluster', 'atlantis'),
        cli('cluster', demoCopy(), '--cluster', '  '),
      ]);
      expect(blank.code).toBe(1);
      expect(blank.stderr).toContain('Invalid input (cluster): Required.');
      expect(ambiguous.code).toBe(1);
      expect(ambiguous.stderr).toContain('matches several clusters');
      expect(ambiguous.stderr).toContain('Sentra Logam Tegal');
      expect(ambiguous.stdout).toBe('');
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('Nothing matches “atlantis”');
    },
    SLOW,
  );
});
