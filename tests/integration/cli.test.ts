import { execFile, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allCommands } from '../../electron/cli/commands';
import { APPLICATION_ID } from '../../electron/db/constants';
import { openWorkspaceDb } from '../../electron/db/openWorkspaceDb';
import { workspaceSchema } from '../../electron/services/features';
import { type CliRun, ENGLISH, INDONESIAN, runCliIn } from './cliRuns';
import { sha256, sidecars } from './helpers';

/*
 * The CLI as a user runs it, in-process: runCli with its own data folder, output captured,
 * the language set by the environment each run passes. One test spawns the real entry.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
let dataDir: string;
let demo: string;

const cliIn = (env: Record<string, string>, ...args: string[]) => runCliIn({ cwd: dir, dataDir }, env, args);
const cli = (...args: string[]) => cliIn(ENGLISH, ...args);

/** Every byte of the file and of whatever lies beside it. */
const filesOf = (file: string) => Object.fromEntries(['', '-wal', '-shm', '-journal'].filter((s) => fs.existsSync(file + s)).map((s) => [s, sha256(file + s)]));

let copies = 0;
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

/** Runs a short script on `file` in a child process that kills itself with SIGKILL: what a crash leaves. */
function killedAfter(script: string, file: string): Promise<void> {
  const prelude = `const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});`;
  return new Promise((resolve) => execFile(process.execPath, ['-e', `${prelude}${script}; process.kill(process.pid, 'SIGKILL');`, file], () => resolve()));
}

/** The app's way of writing: exclusive lock, WAL, synchronous FULL; the edits sit in the -wal until a checkpoint. */
const crashingWriter = (note: string) => `
  const db = new Database(process.argv[1]);
  db.pragma('locking_mode = EXCLUSIVE'); db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
  for (let i = 0; i < 5; i++) db.prepare("UPDATE clusters SET notes = ? WHERE id = 'demo-kebumen'").run(${JSON.stringify(note)} + ' ' + i);`;

let crashImage: Promise<string> | undefined;
/** A copy of what a crash mid-session leaves (the demo plus a -wal of edits): made once, copied per test. */
async function crashedCopy(name: string): Promise<string> {
  crashImage ??= (async () => {
    const image = path.join(dir, 'crash-image.sentra');
    fs.copyFileSync(demo, image);
    await killedAfter(crashingWriter('after crash'), image);
    return image;
  })();
  const image = await crashImage;
  const file = path.join(dir, name);
  for (const s of ['', ...sidecars(image)]) fs.copyFileSync(image + s, file + s);
  return file;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-cli-'));
  dataDir = path.join(dir, 'data');
  demo = path.join(dir, 'demo.sentra');
  const made = await cli('demo', '--out', demo);
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('CLI', () => {
  it('--help lists every command and exits 0, in English and in Bahasa Indonesia', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const c of allCommands()) expect(help.stdout).toContain(`  ${c.name}`);
    for (const word of ['--out', '--cluster', '--data-dir', '--lang', '--json', 'Exit codes']) expect(help.stdout).toContain(word);
    const byName = await cli('help', 'check');
    expect(byName.code).toBe(0);
    expect(byName.stdout).toContain('Usage: npm run cli -- check FILE');

    const id = await cliIn(INDONESIAN, '--help');
    expect(id.stdout).toContain('Kode keluar');
    expect(id.stdout).toContain('Penggunaan: npm run cli -- <perintah>');
    // every catalog key the help names exists: i18next would print a missing key as itself
    for (const env of [ENGLISH, INDONESIAN]) {
      for (const c of allCommands()) {
        const one = await cliIn(env, c.name, '--help');
        expect(one.code, c.name).toBe(0);
        expect(one.stdout, c.name).not.toMatch(/\bcli\.[a-z]+\.[a-z]/);
      }
      expect((await cliIn(env, '--help')).stdout).not.toMatch(/\bcli\.[a-z]+\.[a-z]/);
    }
  });

  it('speaks Bahasa Indonesia when LC_ALL, LC_MESSAGES or LANG says id, and as --lang says', async () => {
    const cases: [Record<string, string>, string[], string][] = [
      [{ LANG: 'id_ID.UTF-8' }, [], 'Penggunaan'],
      [{ LANG: 'id' }, [], 'Penggunaan'],
      [{ LC_MESSAGES: 'id_ID', LANG: 'en_US.UTF-8' }, [], 'Penggunaan'],
      [{ LC_ALL: 'C', LANG: 'id_ID.UTF-8' }, [], 'Usage'],
      [{ LC_ALL: '', LANG: 'id_ID.UTF-8' }, [], 'Penggunaan'],
      [{ LANG: 'it_IT.UTF-8' }, [], 'Usage'],
      [{}, [], 'Usage'],
      [{ LANG: 'id_ID.UTF-8' }, ['--lang', 'en'], 'Usage'],
      [{ LANG: 'en_GB.UTF-8' }, ['--lang', 'id'], 'Penggunaan'],
    ];
    for (const [env, extra, expected] of cases) {
      const run = await cliIn(env, 'help', 'demo', ...extra);
      expect(run.stdout, JSON.stringify([env, extra])).toMatch(new RegExp(`^${expected}: `));
    }
    const bad = await cli('--lang', 'fr', 'clusters', demo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown language "fr"');
  });

  it('reports a wrong command line with exit code 2, in the user’s language', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const missing = await cli('import-json', path.join(dir, 'x.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing --out');
    expect(missing.stderr).toContain('Usage: npm run cli -- import-json F.json --out FILE');
    const option = await cli('clusters', demo, '--colour');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unknown option "--colour"');
    const valueless = await cli('cluster', demo, '--cluster');
    expect(valueless.code).toBe(2);
    expect(valueless.stderr).toContain('Option --cluster needs a value');
    const extra = await cli('check', demo, 'another');
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('Unexpected argument "another"');
    const id = await cliIn(INDONESIAN, 'import-json', path.join(dir, 'x.json'));
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('Kesalahan: --out belum diberikan.');
  });

  it('builds the demo, which then checks out good; a second demo refuses the existing file', async () => {
    const before = filesOf(demo);
    const check = await cli('check', demo);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/application_id:\s+0x534E5452 \(Sentra\) ok/);
    expect(check.stdout).toMatch(/integrity_check:\s+ok/);
    expect(check.stdout).toMatch(/Clusters:\s+12/);
    expect(check.stdout).toMatch(/Verdict:\s+OK/);
    const again = await cli('demo', '--out', demo);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const idAgain = await cliIn(INDONESIAN, 'demo', '--out', demo);
    expect(idAgain.stderr).toContain('Kesalahan: Sudah ada berkas dengan nama itu');
    expect(filesOf(demo)).toEqual(before);
    expect(sidecars(demo)).toEqual([]);
  });

  it('round-trips export-json → import-json → export-json identically except exportedAt', async () => {
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
    // to standard output: the same document
    const piped = await cli('export-json', demo, '--out', '-');
    expect(piped.code).toBe(0);
    expect(withoutExportedAt(piped.stdout)).toEqual(withoutExportedAt(fs.readFileSync(first, 'utf8')));
    // an existing --out is refused
    const again = await cli('export-json', demo, '--out', first);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('refuses malformed JSON with the reason and creates no file', async () => {
    const notJson = path.join(dir, 'not.json');
    const wrongShape = path.join(dir, 'shape.json');
    fs.writeFileSync(notJson, '{ "format": "sentra-workspace", ');
    fs.writeFileSync(wrongShape, JSON.stringify({ format: 'sentra-workspace', formatVersion: 1, exportedAt: 'x', appVersion: '0', program: {}, clusters: [] }));
    const targets = [path.join(dir, 'bad1.sentra'), path.join(dir, 'bad2.sentra')];
    const before = fs.readdirSync(dir).sort();
    const a = await cli('import-json', notJson, '--out', targets[0]!);
    const b = await cli('import-json', wrongShape, '--out', targets[1]!);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/The file is not valid JSON: (line 1, column 33|the text ends too early)\. Nothing was changed\./);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain("does not match Sentra's format.");
    expect(b.stderr).toContain('the program, field “Program name”: Missing.');
    for (const t of targets) expect(fs.existsSync(t)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it('lists clusters and finds one by id or by its name in any case', async () => {
    const list = await cli('clusters', demoCopy());
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/demo-kebumen\s+Sentra Genteng Kebumen\s+\S.*Kabupaten Kebumen/);
    expect(list.stdout).toContain('12 clusters.');
    const byName = await cli('cluster', demoCopy(), '--cluster', 'SENTRA GENTENG KEBUMEN');
    expect(byName.code).toBe(0);
    expect(byName.stdout).toContain('Sentra Genteng Kebumen  (id demo-kebumen)');
    const byId = await cli('cluster', demoCopy(), '--cluster', 'DEMO-Ceper-Klaten', '--json');
    expect(byId.code).toBe(0);
    expect((JSON.parse(byId.stdout) as { name: string }).name).toBe('Sentra Pengecoran Logam Ceper');
    const byStart = await cli('cluster', demoCopy(), '--cluster', 'sentra genteng');
    expect(byStart.code).toBe(0);
    expect(byStart.stdout).toContain('(id demo-kebumen)');
    const id = await cliIn(INDONESIAN, 'cluster', demoCopy(), '--cluster', 'ceper');
    expect(id.stdout).toMatch(/Jumlah usaha:\s+213 \(mikro –, kecil 144, menengah 58, besar 11\)/);
    // Files a script opens stay out of the app's Open recent menu.
    const settingsFile = path.join(dataDir, 'settings.json');
    const recent = fs.existsSync(settingsFile) ? (JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as { recent?: unknown[] }).recent : [];
    expect(recent ?? []).toEqual([]);
  });

  it('finds --cluster "kebumen" (issue 2: a unique prefix is enough, "Kebumen")', async () => {
    const run = await cli('cluster', demo, '--cluster', 'kebumen');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sentra Genteng Kebumen  (id demo-kebumen)');
  });

  it('refuses an ambiguous, unknown or blank --cluster with exit code 1', async () => {
    const ambiguous = await cli('cluster', demo, '--cluster', 'sentra logam');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('matches several clusters');
    expect(ambiguous.stderr).toContain('Sentra Logam Tegal');
    expect(ambiguous.stdout).toBe('');
    const none = await cli('cluster', demo, '--cluster', 'atlantis');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Nothing matches “atlantis”');
    expect(none.stderr).toContain(`npm run cli -- clusters ${demo}`);
    const blank = await cli('cluster', demo, '--cluster', '  ');
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain('Invalid input (cluster): Required.');
    const idNone = await cliIn(INDONESIAN, 'cluster', demo, '--cluster', 'atlantis');
    expect(idNone.stderr).toContain('Tidak ada yang cocok dengan “atlantis”');
  });

  it('escapes control and bidi-override characters from workspace data in every output', async () => {
    const file = demoCopy();
    const name = 'Sentra \u202Egnetneg\u202C Kebumen \u001b[31mred\u001b[0m \u009b2J\r';
    const history = 'first line\nsecond\tline \u2066isolated\u2069';
    const db = new Database(file);
    db.prepare("UPDATE clusters SET name = ?, history = ? WHERE id = 'demo-kebumen'").run(name, history);
    db.close();
    const planted = ['\u202E', '\u202C', '\u001b', '\u009b', '\r', '\u2066', '\u2069'];
    const rawIn = (text: string) => planted.filter((c) => text.includes(c));
    const list = await cli('clusters', file);
    expect(rawIn(list.stdout)).toEqual([]);
    expect(list.stdout).toContain('Sentra \\u202Egnetneg\\u202C Kebumen \\u001B[31mred\\u001B[0m \\u009B2J\\u000D');
    const shown = await cli('cluster', file, '--cluster', 'demo-kebumen');
    expect(rawIn(shown.stdout)).toEqual([]);
    expect(shown.stdout).toContain('\\u2066isolated\\u2069');
    // a multi-line text keeps its lines (and tab), indented under its label
    expect(shown.stdout).toMatch(/first line\n\s+second\tline/);
    const json = await cli('cluster', file, '--cluster', 'demo-kebumen', '--json');
    expect(rawIn(json.stdout)).toEqual([]);
    expect(JSON.parse(json.stdout)).toMatchObject({ name, history });
    const ambiguous = await cli('cluster', file, '--cluster', 'sentra');
    expect(rawIn(ambiguous.stderr)).toEqual([]);
    expect(ambiguous.stderr).toContain('\\u202E');
  });
});

describe('CLI check', () => {
  it('exits non-zero for files the app refuses and leaves them byte-identical', async () => {
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
    const expected = { random: 'not a Sentra workspace', empty: 'empty (0 bytes)', foreign: 'another application', newer: 'newer Sentra' };
    for (const [k, p] of Object.entries({ random, empty, foreign, newer })) {
      const before = filesOf(p);
      const run = await cli('check', p);
      expect(run.code, k).toBe(1);
      expect(run.stdout, k).toContain(expected[k as keyof typeof expected]);
      expect(run.stdout, k).toMatch(/Verdict:\s+REFUSED/);
      expect(filesOf(p), k).toEqual(before);
      expect(sidecars(p), k).toEqual([]);
    }
    expect(fs.statSync(empty).size).toBe(0);
    const missing = await cli('check', path.join(dir, 'nowhere.sentra'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('File or folder not found');
    const id = await cliIn(INDONESIAN, 'check', random);
    expect(id.stdout).toMatch(/Kesimpulan:\s+DITOLAK/);
    expect(id.stdout).toContain('Berkas ini bukan ruang kerja Sentra');
  });

  it('reports a workspace locked by another connection and leaves it alone', async () => {
    const db = await openWorkspaceDb(demo, { schema: workspaceSchema });
    let before;
    try {
      before = filesOf(demo);
      const check = await cli('check', demo, '--json');
      expect(check.code).toBe(1);
      const report = JSON.parse(check.stdout) as { lock: string; verdict: string; open: { code: string; message: string } };
      expect(report).toMatchObject({ lock: 'heldElsewhere', verdict: 'refused', open: { code: 'lockedElsewhere' } });
      expect(report.open.message).toContain('in use by another program');
      const list = await cli('clusters', demo);
      expect(list.code).toBe(1);
      expect(list.stderr).toContain('in use by another program');
      expect(filesOf(demo)).toEqual(before);
    } finally {
      db.close();
    }
    expect((await cli('check', demo)).code).toBe(0);
  });

  it('leaves a -wal from a crash alone (checks a copy) and the app then recovers the edits', async () => {
    const crashed = await crashedCopy('crashed.sentra');
    expect(sidecars(crashed)).toEqual(['-wal']);
    const before = filesOf(crashed);
    const check = await cli('check', crashed);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/on a temporary copy/);
    expect(check.stdout).toMatch(/Verdict:\s+OK/);
    expect(filesOf(crashed)).toEqual(before);
    const shown = await cli('cluster', crashed, '--cluster', 'demo-kebumen', '--json');
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { notes: string }).notes).toBe('after crash 4');
  });

  it('changes nothing beside a stray -shm from a killed open (it used to rewrite it and report ok)', async () => {
    // a crash leaves edits in the -wal; an open killed while verifying builds a -shm for them;
    // a later session adds to the -wal without it (exclusive mode needs no -shm): the -shm is stale
    const file = await crashedCopy('stray-shm.sentra');
    await killedAfter("new Database(process.argv[1], { readonly: true }).prepare('SELECT count(*) FROM clusters').get()", file);
    await killedAfter(crashingWriter('second'), file);
    expect(sidecars(file)).toEqual(['-wal', '-shm']);
    for (let i = 0; i < 2; i++) {
      const before = filesOf(file);
      const check = await cli('check', file);
      expect(check.stdout).toMatch(/Verdict:\s+OK/);
      expect(check.stdout).toMatch(/File unchanged:\s+yes/);
      expect(filesOf(file)).toEqual(before);
    }
    const shown = await cli('cluster', file, '--cluster', 'demo-kebumen', '--json');
    expect((JSON.parse(shown.stdout) as { notes: string }).notes).toBe('second 4');
  });

  it('never deletes or renames a file beside the workspace it checks', async () => {
    const file = await crashedCopy('no-deletes.sentra');
    const before = filesOf(file);
    // The spies only watch: every call goes through unchanged.
    const spies = [vi.spyOn(fs, 'rmSync'), vi.spyOn(fs, 'unlinkSync'), vi.spyOn(fs, 'renameSync')];
    try {
      expect((await cli('check', file)).code).toBe(0);
      const db = await openWorkspaceDb(demo, { schema: workspaceSchema });
      try {
        expect((await cli('check', demo)).code).toBe(1);
      } finally {
        db.close();
      }
      const touched = spies.flatMap((s) => (s.mock.calls as unknown[][]).map((args) => String(args[0])));
      expect(touched.filter((p) => p.startsWith(file) || p.startsWith(demo))).toEqual([]);
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(filesOf(file)).toEqual(before);
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe, as the file or beside it, at once instead of waiting for a writer', async () => {
    const asFile = path.join(dir, 'pipe.sentra');
    const beside = demoCopy();
    const cases = [
      { fifo: asFile, checked: asFile, says: 'not a Sentra workspace' },
      { fifo: `${beside}-wal`, checked: beside, says: 'is not an ordinary file' },
    ];
    for (const { fifo, checked, says } of cases) {
      execFileSync('mkfifo', [fifo]);
      // Should check open the pipe, this writer lets it go on after 5 s, so the test fails instead of hanging.
      const writer = spawn('sh', ['-c', 'sleep 5; while :; do : > "$0"; done', fifo], { stdio: 'ignore' });
      try {
        const started = performance.now();
        const run = await cli('check', checked);
        expect(performance.now() - started, fifo).toBeLessThan(2500);
        expect(run.code, fifo).toBe(1);
        expect(run.stdout, fifo).toContain(says);
        expect(run.stdout, fifo).toMatch(/Verdict:\s+REFUSED/);
      } finally {
        writer.kill();
      }
    }
  });
});

describe('CLI entry', () => {
  it('runs as `npm run cli` runs it: relative paths from INIT_CWD, exit code and language from the process', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, npm_lifecycle_event: 'cli', INIT_CWD: dir, LANG: 'id_ID.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const run = (args: string[]) =>
      new Promise<CliRun>((resolve) =>
        execFile(process.execPath, [tsx, 'electron/cli.ts', ...args, '--data-dir', dataDir], { cwd: root, env }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        ),
      );
    const listed = await run(['clusters', path.basename(demo)]);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('12 sentra.');
  });
});
