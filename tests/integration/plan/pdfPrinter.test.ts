import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { pdfPageCount } from '../../../electron/services/plan/export/pdfPageCount';
import { type ChromiumLookup, createChromiumPrinter, findChromium } from '../../../electron/services/plan/print/printWithChromium';
import type { PdfPrintJob } from '../../../electron/services/types';
import { tempDir } from '../helpers';
import { pdfFile, pdfInfo, pdfText } from './pdfTools';

/*
 * The Chromium printer on its own, with hand-made documents: where it finds Chromium, what it
 * prints (paper, pages, header and footer), and that a document can neither run a script nor
 * reach the network.
 */

const lookup = (files: string[], env: Record<string, string>, platform: NodeJS.Platform = 'linux'): ChromiumLookup => ({
  env,
  platform,
  isFile: (p) => files.includes(p),
});

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'no error';
};

describe('findChromium', () => {
  it('takes SENTRA_CHROMIUM when it names a file, and only it', () => {
    expect(findChromium(lookup(['/opt/c/chrome', '/usr/bin/chromium'], { SENTRA_CHROMIUM: '/opt/c/chrome', PATH: '/usr/bin' }))).toBe('/opt/c/chrome');
    // a wrong SENTRA_CHROMIUM is said, not quietly replaced by the system's browser
    expect(codeOf(() => findChromium(lookup(['/usr/bin/chromium'], { SENTRA_CHROMIUM: '/nowhere/chrome', PATH: '/usr/bin' })))).toBe('chromiumMissing');
  });

  it('looks on PATH for chromium, chromium-browser, google-chrome, google-chrome-stable, in that order', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(findChromium(lookup(['/usr/bin/google-chrome', '/usr/local/bin/chromium-browser'], env))).toBe('/usr/local/bin/chromium-browser');
    expect(findChromium(lookup(['/usr/bin/google-chrome-stable'], env))).toBe('/usr/bin/google-chrome-stable');
    expect(codeOf(() => findChromium(lookup([], env)))).toBe('chromiumMissing');
  });

  it('finds Chrome, Chromium or Edge where Windows installs them', () => {
    const env = {
      PATH: 'C:\\Windows\\system32',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\ani\\AppData\\Local',
    };
    const chrome = 'C:\\Users\\ani\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium(lookup([edge, chrome], env, 'win32'))).toBe(chrome);
    expect(findChromium(lookup([edge], env, 'win32'))).toBe(edge);
    expect(findChromium(lookup(['C:\\tools\\chromium.exe'], { ...env, PATH: 'C:\\tools;C:\\Windows' }, 'win32'))).toBe('C:\\tools\\chromium.exe');
  });

  it('finds Chrome or Chromium in the Applications folders of macOS', () => {
    const own = '/Users/ani/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findChromium(lookup([own], { PATH: '/usr/bin', HOME: '/Users/ani' }, 'darwin'))).toBe(own);
    expect(
      findChromium(lookup(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', own], { PATH: '/usr/bin', HOME: '/Users/ani' }, 'darwin')),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });
});

const F4 = { width: 215, height: 330 };
const MARGINS = { top: 20, right: 20, bottom: 25, left: 30 };
// The running header and footer as the plan document carries them: page-margin boxes, none on the first page.
const margins = `@page { @top-left { content: "Kepala halaman" } @bottom-center { content: "Halaman " counter(page) " dari " counter(pages) } }
@page :first { @top-left { content: none } @bottom-center { content: none } }`;
const job = (body: string, paper = F4): PdfPrintJob => ({
  html: `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Uji</title><style>${margins}</style></head><body>${body}</body></html>`,
  paper,
  margins: MARGINS,
});

// Chromium starts and prints: seconds on a quiet machine, far more on a busy CI runner.
describe('the Chromium printer', { timeout: 120_000 }, () => {
  const printer = createChromiumPrinter();
  const dir = tempDir('sentra-pdf-printer-');
  afterAll(async () => {
    await printer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the paper asked for, every page but the first with the running header and "page n of N" footer', async () => {
    const pages = Array.from({ length: 3 }, (_, i) => `<h1 style="break-before:page">Bab ${i + 1}</h1><p>Isi bab.</p>`).join('');
    const bytes = await printer(job(pages));
    const file = pdfFile(bytes, fs.mkdtempSync(path.join(dir, 'f4-')));
    const info = pdfInfo(file);
    expect(info.pages).toBe(3);
    expect(pdfPageCount(bytes)).toBe(3);
    expect(info.widthMm).toBeCloseTo(215, 0);
    expect(info.heightMm).toBeCloseTo(330, 0);
    expect(info.tagged).toBe(true);
    expect(pdfText(file, 1)).not.toMatch(/Kepala halaman|Halaman 1/);
    for (const page of [2, 3]) {
      const text = pdfText(file, page);
      expect(text).toContain('Kepala halaman');
      expect(text).toContain(`Halaman ${page} dari 3`);
    }
    // the browser stays warm: a second job on another paper prints on it
    const a4 = pdfInfo(pdfFile(await printer(job('<p>A4</p>', { width: 210, height: 297 })), fs.mkdtempSync(path.join(dir, 'a4-'))));
    expect([a4.pages, Math.round(a4.widthMm), Math.round(a4.heightMm)]).toEqual([1, 210, 297]);
  });

  it('runs no script and fetches nothing: the document is printed as it stands', async () => {
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests += 1;
      res.end('body{color:red}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const body = `<p id="p">Teks asli</p><script>document.getElementById('p').textContent = 'SKRIP BERJALAN'</script>
        <img src="${url}/a.png"><link rel="stylesheet" href="${url}/b.css"><iframe src="${url}/c.html"></iframe>
        <p style="background:url(${url}/d.png)">Latar</p>`;
      const text = pdfText(pdfFile(await printer(job(body)), fs.mkdtempSync(path.join(dir, 'safe-'))));
      expect(text).toContain('Teks asli');
      expect(text).not.toContain('SKRIP BERJALAN');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});

/** The browsers this test process has started and not yet ended (Playwright runs them as its children). */
function childBrowsers(): number {
  try {
    return execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm='], { encoding: 'utf8' })
      .split('\n')
      .filter((c) => /chrom/i.test(c)).length;
  } catch {
    // ps exits 1 when the process has no children
    return 0;
  }
}

describe("the printer's browser", { timeout: 120_000 }, () => {
  it('stays warm between prints, one browser for all, and closes once idle', async () => {
    const printer = createChromiumPrinter({ idleCloseMs: 500 });
    try {
      expect(childBrowsers()).toBe(0);
      await printer(job('<p>satu</p>'));
      await printer(job('<p>dua</p>'));
      expect(childBrowsers()).toBe(1);
      await vi.waitFor(() => expect(childBrowsers()).toBe(0), { timeout: 10_000, interval: 100 });
      // and starts again for the next print
      await printer(job('<p>tiga</p>'));
      expect(childBrowsers()).toBe(1);
    } finally {
      await printer.close();
    }
    expect(childBrowsers()).toBe(0);
  });
});

describe('when Chromium cannot print', () => {
  it('says chromiumMissing when SENTRA_CHROMIUM points nowhere', async () => {
    vi.stubEnv('SENTRA_CHROMIUM', '/nowhere/chromium');
    const printer = createChromiumPrinter();
    try {
      await expect(printer(job('<p>x</p>'))).rejects.toMatchObject({ code: 'chromiumMissing' });
    } finally {
      vi.unstubAllEnvs();
      await printer.close();
    }
  });

  it('says chromiumMissing even while a browser found before is still warm', async () => {
    const printer = createChromiumPrinter();
    try {
      await printer(job('<p>hangat</p>'));
      vi.stubEnv('SENTRA_CHROMIUM', '/nowhere/chromium');
      await expect(printer(job('<p>x</p>'))).rejects.toMatchObject({ code: 'chromiumMissing' });
    } finally {
      vi.unstubAllEnvs();
      await printer.close();
    }
  });

  it('says printFailed, with the reason, when the program is not a browser', async () => {
    const printer = createChromiumPrinter({ executablePath: '/bin/false' });
    try {
      const failure = await printer(job('<p>x</p>')).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(AppError);
      expect(failure).toMatchObject({ code: 'printFailed' });
      expect(String((failure as AppError).params.detail)).not.toBe('');
    } finally {
      await printer.close();
    }
  });
});
