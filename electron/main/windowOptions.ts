import type { BrowserWindowConstructorOptions } from 'electron';

/** The kinds of window the app creates; later features (print to PDF) add theirs here. */
export type WindowKind = 'main';

/**
 * Every window's options come from here, so the security settings are decided once and
 * tested once (tests/unit/windowOptions.test.ts reads what this returns).
 */
/** Files a window needs from disk: its preload script and (for Linux, where the window carries it) the app icon. */
export interface WindowFiles {
  preload: string;
  icon: string;
}

export function windowOptions(kind: WindowKind, files: WindowFiles): BrowserWindowConstructorOptions {
  const webPreferences: BrowserWindowConstructorOptions['webPreferences'] = {
    preload: files.preload,
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
        icon: files.icon,
        backgroundColor: '#ffffff',
        webPreferences,
      };
  }
}
