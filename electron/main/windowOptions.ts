import type { BrowserWindowConstructorOptions } from 'electron';

/** The kinds of window the app creates: the app itself, and the hidden one that prints a document to PDF. */
export type WindowKind = 'main' | 'print';

/** The print window's own session: no cookies or cache shared with the app, every request but the document refused. */
export const PRINT_PARTITION = 'sentra-print';

/**
 * Every window's options come from here, so the security settings are decided once and
 * tested once (tests/unit/windowOptions.test.ts reads what this returns).
 */
/** Files a window needs from disk: its preload script and (for Linux, where the window carries it) the app icon. */
export interface WindowFiles {
  preload: string;
  icon: string;
}

/** `files` are the main window's; the print window runs no script at all and has no preload. */
export function windowOptions(kind: WindowKind, files?: WindowFiles): BrowserWindowConstructorOptions {
  const webPreferences: BrowserWindowConstructorOptions['webPreferences'] = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
  switch (kind) {
    case 'main':
      return {
        width: 1366,
        height: 860,
        minWidth: 1024,
        minHeight: 640,
        show: false,
        title: 'Sentra',
        icon: files?.icon,
        backgroundColor: '#ffffff',
        webPreferences: { ...webPreferences, preload: files?.preload },
      };
    case 'print':
      // Never shown: it holds the forum document only while Chromium prints it.
      return {
        width: 1024,
        height: 768,
        show: false,
        webPreferences: { ...webPreferences, javascript: false, partition: PRINT_PARTITION },
      };
  }
}
