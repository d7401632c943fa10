import { describe, expect, it } from 'vitest';
import { printRequestAllowed, printToPdfOptions } from '../../../electron/main/printToPdfOptions';
import { PRINT_PARTITION, windowOptions } from '../../../electron/main/windowOptions';

describe("the app's printToPDF", () => {
  it('asks for the paper and the official margins in inches, with outline and tags; the header and footer are in the document', () => {
    const options = printToPdfOptions({
      html: '<!doctype html>',
      paper: { width: 215, height: 330 },
      margins: { top: 20, right: 20, bottom: 25, left: 30 },
    });
    expect(options.pageSize).toEqual({ width: 215 / 25.4, height: 330 / 25.4 });
    expect(options.margins).toEqual({ top: 20 / 25.4, right: 20 / 25.4, bottom: 25 / 25.4, left: 30 / 25.4 });
    expect(options.displayHeaderFooter).toBeFalsy();
    expect(options).toMatchObject({
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      preferCSSPageSize: false,
    });
  });

  it('prints in a hidden window with scripts off, sandboxed, without preload, in a session of its own', () => {
    const options = windowOptions('print');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      partition: PRINT_PARTITION,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('lets the print window load its document and embedded data only', () => {
    const doc = 'file:///home/ani/.config/Sentra/print/print-1.html';
    expect(printRequestAllowed(doc, doc)).toBe(true);
    expect(printRequestAllowed('data:font/woff2;base64,AAAA', doc)).toBe(true);
    for (const url of ['https://example.com/x.png', 'file:///etc/passwd', 'file:///home/ani/.config/Sentra/print/print-2.html', 'app://sentra/index.html'])
      expect(printRequestAllowed(url, doc)).toBe(false);
  });
});
