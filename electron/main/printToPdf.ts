import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { AppError } from '../../shared/contract/errors';
import type { PdfPrinter } from '../services/types';
import { printRequestAllowed, printToPdfOptions } from './printToPdfOptions';
import { denyAllPermissions } from './security';
import { PRINT_PARTITION, windowOptions } from './windowOptions';

/**
 * The app's printer: each job is written to a temporary HTML file in `tempDir` (in the user-data
 * folder; a forum plan with its fonts is too large for a data: URL), loaded in a hidden, sandboxed
 * window with scripts off in a session of its own that refuses every other request, printed with
 * Chromium's printToPDF, and the window and the file are gone again. Leftovers of a crash are
 * cleared when the printer is made.
 */
export function electronPrinter(tempDir: string): PdfPrinter {
  fs.rmSync(tempDir, { recursive: true, force: true });
  return async (job) => {
    fs.mkdirSync(tempDir, { recursive: true });
    const file = path.join(tempDir, `print-${crypto.randomUUID()}.html`);
    const documentUrl = pathToFileURL(file).href;
    const printSession = session.fromPartition(PRINT_PARTITION);
    denyAllPermissions(printSession);
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !printRequestAllowed(details.url, documentUrl) }));
    let win: BrowserWindow | null = null;
    try {
      fs.writeFileSync(file, job.html);
      win = new BrowserWindow(windowOptions('print'));
      await win.loadURL(documentUrl);
      return new Uint8Array(await win.webContents.printToPDF(printToPdfOptions(job)));
    } catch (e) {
      throw new AppError('printFailed', { detail: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300) });
    } finally {
      win?.destroy();
      fs.rmSync(file, { force: true });
    }
  };
}
