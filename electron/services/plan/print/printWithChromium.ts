import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { AppError } from '../../../../shared/contract/errors';
import type { PdfPrintJob, PdfPrinter } from '../../types';

/** Chromium's flags for printing: no sandbox (containers, CI), no GPU, nothing that calls home. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The names Chromium and Chrome go by on PATH (Debian, Ubuntu, Fedora, Google's packages). */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** A warm browser left unused this long is closed (browser mode keeps it between prints). */
const IDLE_CLOSE_MS = 60_000;
/** A 40-page plan prints in about a second; a minute means Chromium is stuck. */
const PRINT_TIMEOUT_MS = 60_000;

/** Where a lookup reads the machine: the environment, the OS, and whether a file is there. */
export interface ChromiumLookup {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  isFile: (p: string) => boolean;
}

const isFile = (p: string): boolean => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

const machine: ChromiumLookup = { env: process.env, platform: process.platform, isFile };

/** The usual install folders of Chrome and Chromium on Windows and macOS; Edge is Chromium and comes with every Windows. */
function installedPaths({ env, platform }: ChromiumLookup): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const tails = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ];
    return tails.flatMap((tail) => roots.map((root) => path.win32.join(root, ...tail)));
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    const bundles = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return bundles.flatMap((b) => apps.map((a) => path.posix.join(a, b)));
  }
  return [];
}

/**
 * The Chromium to print with: `SENTRA_CHROMIUM` when set (and then only it: a wrong path is said,
 * not silently replaced), else `chromium`, `chromium-browser`, `google-chrome` or
 * `google-chrome-stable` on PATH, else Chrome, Chromium or Edge where Windows and macOS install
 * them. None → AppError('chromiumMissing').
 */
export function findChromium(lookup: ChromiumLookup = machine): string {
  const { env, platform } = lookup;
  const chosen = env.SENTRA_CHROMIUM;
  if (chosen) {
    if (lookup.isFile(chosen)) return chosen;
    throw new AppError('chromiumMissing', { path: chosen });
  }
  const p = platform === 'win32' ? path.win32 : path.posix;
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const names = platform === 'win32' ? PATH_NAMES.map((n) => `${n}.exe`) : PATH_NAMES;
  for (const name of names) for (const dir of dirs) if (lookup.isFile(p.join(dir, name))) return p.join(dir, name);
  const found = installedPaths(lookup).find(lookup.isFile);
  if (found) return found;
  throw new AppError('chromiumMissing');
}

/** A printer that keeps its browser between prints; `close` ends it (a CLI run does, at its end). */
export type ChromiumPrinter = PdfPrinter & { close: () => Promise<void> };

export interface ChromiumPrinterOptions {
  /** The executable; found with {@link findChromium} at the first print when not given. */
  executablePath?: string;
  /** Close the browser after this long without a print (a minute unless told). */
  idleCloseMs?: number;
}

const mm = (n: number) => `${n}mm`;

/** The printer's failure as the app words it; chromiumMissing and the like pass through. */
function printFailure(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const message = e instanceof Error ? e.message : String(e);
  // Playwright's messages carry a call log after the first line; the first says what went wrong.
  return new AppError('printFailed', { detail: message.split('\n')[0]!.slice(0, 300) });
}

/**
 * Prints HTML to PDF with a Chromium found on the machine, driven by playwright-core (browser
 * mode, the CLI, tests). The document is self-contained: scripts are off and every network
 * request is aborted, so nothing in a plan's text can run or fetch. The browser starts at the
 * first print and stays warm for the next until idle for a minute (the timer does not keep the
 * process alive, and Playwright ends its browsers when the process exits).
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): ChromiumPrinter {
  const idleCloseMs = options.idleCloseMs ?? IDLE_CLOSE_MS;
  let browser: Promise<Browser> | null = null;
  /** The executable the warm browser runs: a print after SENTRA_CHROMIUM or PATH changed starts the one they name now. */
  let launchedWith: string | null = null;
  let idle: NodeJS.Timeout | null = null;
  let printing = 0;

  const launch = (executablePath: string): Promise<Browser> => {
    launchedWith = executablePath;
    // Loaded at the first print only: the Electron app prints with its own Chromium and never needs it.
    const started = import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }))
      .then((b) => {
        // A crashed or killed browser is launched again at the next print.
        b.on('disconnected', () => {
          if (browser === started) browser = null;
        });
        return b;
      });
    started.catch(() => {
      if (browser === started) browser = null;
    });
    browser = started;
    return started;
  };

  const close = async (): Promise<void> => {
    if (idle) clearTimeout(idle);
    idle = null;
    const open = browser;
    browser = null;
    if (open) await open.then((b) => b.close()).catch(() => undefined);
  };

  const scheduleClose = () => {
    if (printing > 0) return;
    idle = setTimeout(() => void close(), idleCloseMs);
    idle.unref();
  };

  const print = async (job: PdfPrintJob): Promise<Uint8Array> => {
    if (idle) clearTimeout(idle);
    idle = null;
    printing += 1;
    try {
      // Looked up at every print (a few file checks): a missing Chromium is said even while an old one is warm.
      const executablePath = options.executablePath ?? findChromium();
      if (browser && launchedWith !== executablePath && printing === 1) await close();
      const b = await (browser ?? launch(executablePath));
      const context = await b.newContext({ javaScriptEnabled: false });
      try {
        // Self-contained by design: fonts and images are data: URLs, which never reach the router.
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        page.setDefaultTimeout(PRINT_TIMEOUT_MS);
        await page.setContent(job.html, { waitUntil: 'load' });
        // Playwright's own (isolated) world still evaluates with the page's scripts off; a string,
        // since this file is compiled without the DOM's types.
        await page.evaluate('document.fonts.ready.then(() => true)');
        const pdf = await page.pdf({
          width: mm(job.paper.width),
          height: mm(job.paper.height),
          margin: { top: mm(job.margins.top), right: mm(job.margins.right), bottom: mm(job.margins.bottom), left: mm(job.margins.left) },
          printBackground: true,
          outline: true,
          // Tags let a screen reader follow headings and tables. They cost: the 51-page bench plan's
          // page.pdf() takes 2.6 s tagged against 1.4 s untagged, and 3.5 MB against 1.4 MB (load 8,
          // 2 cores). Kept, as the Electron printer does (generateTaggedPDF) and the tests check.
          tagged: true,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await context.close().catch(() => undefined);
      }
    } catch (e) {
      throw printFailure(e);
    } finally {
      printing -= 1;
      scheduleClose();
    }
  };

  return Object.assign(print, { close });
}

let shared: ChromiumPrinter | null = null;

/** The process's one Chromium printer, for services built without a printer of their own (browser mode, CLI). */
export function sharedChromiumPrinter(): ChromiumPrinter {
  shared ??= createChromiumPrinter();
  return shared;
}

/** Closes the shared printer's browser if one is running (the CLI, at the end of a command). */
export async function closeSharedChromiumPrinter(): Promise<void> {
  await shared?.close();
}
