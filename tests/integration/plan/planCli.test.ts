import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeAtomically } from '../../../electron/services/plan/export/writeAtomically';
import { AppError } from '../../../shared/contract/errors';
import { ENGLISH, INDONESIAN, runCliIn } from '../cliRuns';
import { makeServices, tempDir } from '../helpers';
import { asUnprivileged } from '../unprivileged';
import { workspaceWithPlan } from './pdfFixtures';
import { pdfInfo } from './pdfTools';

/*
 * `export-pdf` and `export-docx` as a user runs them (in-process): the file is written whole or
 * not at all, an existing one is kept unless --force, a folder that cannot be written is said
 * before anything is printed, and the run leaves no browser behind.
 */

let dir: string;
let dataDir: string;
let workspace: string;

const cli = (env: Record<string, string | undefined>, ...args: string[]) => runCliIn({ cwd: dir, dataDir }, env, args);

/** What lies in a folder, temporary files of a write included. */
const listing = (folder: string) => fs.readdirSync(folder).sort();

/** Chromium processes this test process started and left running. */
function childBrowsers(): string[] {
  try {
    return execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm='], { encoding: 'utf8' })
      .split('\n')
      .filter((c) => /chrom/i.test(c));
  } catch {
    // ps exits 1 when the process has no children
    return [];
  }
}

beforeAll(async () => {
  dir = tempDir('sentra-plan-cli-');
  dataDir = path.join(dir, 'data');
  const services = makeServices(dir);
  await workspaceWithPlan(services, dir);
  workspace = services.registry.current('local').path;
  await services.shutdown();
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

// Each export starts Chromium and prints: seconds on a quiet machine, far more on a busy CI runner.
describe('export-pdf', { timeout: 120_000 }, () => {
  it('prints the plan in Indonesian on A4 and says how many pages and how large', async () => {
    const run = await cli(INDONESIAN, 'export-pdf', workspace, '--cluster', 'genteng', '--out', 'rencana.pdf');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = path.join(dir, 'rencana.pdf');
    const info = pdfInfo(file);
    expect(run.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ditulis \\(${info.pages} halaman, [\\d,]+ [kM]B\\)\\.\\n$`));
    expect([Math.round(info.widthMm), Math.round(info.heightMm)]).toEqual([210, 297]);
    expect(childBrowsers()).toEqual([]);
  });

  it('prints the one-page profile in English on F4', async () => {
    const run = await cli(
      ENGLISH,
      'export-pdf',
      workspace,
      '--cluster',
      'Sentra Genteng Uji',
      '--lang',
      'en',
      '--paper',
      'f4',
      '--what',
      'profile',
      '--out',
      'profile.pdf',
    );
    expect(run.code).toBe(0);
    const info = pdfInfo(path.join(dir, 'profile.pdf'));
    expect(run.stdout).toContain('(1 page, ');
    expect([info.pages, Math.round(info.widthMm), Math.round(info.heightMm)]).toEqual([1, 215, 330]);
  });

  it('keeps an existing file unless --force, and replaces it whole with it', async () => {
    const target = path.join(dir, 'kept.pdf');
    fs.writeFileSync(target, 'old');
    const refused = await cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'genteng', '--out', target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists');
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    const forced = await cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'genteng', '--out', target, '--force');
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a folder it cannot write in, with the reason, and leaves nothing there', async () => {
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    // the run may still log: the data folder is everyone's for this test
    fs.mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
    execFileSync('chmod', ['-R', 'a+rwX', dataDir]);
    fs.chmodSync(dir, 0o755);
    try {
      const run = await asUnprivileged(() => cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'genteng', '--out', path.join(locked, 'plan.pdf')));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Cannot write to this location: ${path.join(locked, 'plan.pdf')}`);
      expect(listing(locked)).toEqual([]);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });

  it('says so when no Chromium is found, and writes nothing', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'nochrome-'));
    // the printer reads the process's environment, as the real CLI's is
    vi.stubEnv('SENTRA_CHROMIUM', '/nowhere/chromium');
    const run = await cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'genteng', '--out', path.join(folder, 'plan.pdf')).finally(() => vi.unstubAllEnvs());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No Chromium or Chrome was found');
    expect(listing(folder)).toEqual([]);
  });

  it('answers a wrong --paper or --what as a wrong command line, and an unknown cluster with a hint', async () => {
    const paper = await cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'genteng', '--paper', 'letter', '--out', 'x.pdf');
    expect(paper.code).toBe(2);
    expect(paper.stderr).toContain('--paper cannot be "letter": use a4, f4.');
    const what = await cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'genteng', '--what', 'poster', '--out', 'x.pdf');
    expect(what.code).toBe(2);
    const unknown = await cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'tegal', '--out', 'x.pdf');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(' clusters ');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  it('says a folder given as --out is a folder, with --force or not, and writes nothing in it', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'out-folder-'));
    for (const force of [[], ['--force']]) {
      const run = await cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'genteng', '--out', folder, ...force);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`This is a folder: ${folder}.`);
    }
    expect(listing(folder)).toEqual([]);
  });

  it('refuses an --out name whose extension is not the format written, as a wrong command line', async () => {
    const pdf = await cli(INDONESIAN, 'export-pdf', workspace, '--cluster', 'genteng', '--out', 'rencana.docx');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--out rencana.docx tidak berakhiran .pdf');
    const docx = await cli(ENGLISH, 'export-docx', workspace, '--cluster', 'genteng', '--out', 'plan');
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('--out plan does not end in .docx');
    expect(listing(dir)).not.toContain('rencana.docx');
    // the extension's case is the user's
    const upper = await cli(ENGLISH, 'export-pdf', workspace, '--cluster', 'genteng', '--out', 'PLAN.PDF');
    expect(upper.code).toBe(0);
  });

  it("answers an unknown --lang in the environment's language", async () => {
    const id = await cli(INDONESIAN, 'export-pdf', workspace, '--cluster', 'genteng', '--lang', 'xx', '--out', 'x.pdf');
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('Bahasa "xx" tidak dikenal: pakai id atau en.');
    const en = await cli(ENGLISH, 'export-docx', workspace, '--cluster', 'genteng', '--lang', 'xx', '--out', 'x.docx');
    expect(en.stderr).toContain('Unknown language "xx": use id or en.');
  });
});

describe('export-docx', { timeout: 60_000 }, () => {
  it('writes the plan as a Word file', async () => {
    const run = await cli(INDONESIAN, 'export-docx', workspace, '--cluster', 'genteng', '--out', 'rencana.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rencana\.docx ditulis \([\d,]+ [kM]B\)\.\n$/);
    // a DOCX is a zip package
    expect(fs.readFileSync(path.join(dir, 'rencana.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('writeAtomically', () => {
  it('refuses a folder as the target and leaves no temporary file', () => {
    const folder = fs.mkdtempSync(path.join(dir, 'atomic-'));
    fs.mkdirSync(path.join(folder, 'plan.pdf'));
    let failure: unknown;
    try {
      writeAtomically(path.join(folder, 'plan.pdf'), new Uint8Array([1, 2, 3]), true);
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'targetIsFolder' });
    expect(listing(folder)).toEqual(['plan.pdf']);
  });

  it('says a missing folder is missing', () => {
    expect(() => writeAtomically(path.join(dir, 'no-such-folder', 'plan.pdf'), new Uint8Array([1]), false)).toThrow(
      expect.objectContaining({ code: 'fileMissing' }) as Error,
    );
  });
});
