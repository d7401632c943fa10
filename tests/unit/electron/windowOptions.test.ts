import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowOptions, type WindowKind } from '../../../electron/main/windowOptions';

const kinds: WindowKind[] = ['main'];

describe('window options', () => {
  it.each(kinds)('%s window: isolated, sandboxed, no Node in any frame', (kind) => {
    const prefs = windowOptions(kind, { preload: '/app/preload.cjs', icon: '/app/icon.png' }).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('every BrowserWindow in the main process is built from windowOptions()', () => {
    const dir = path.resolve('electron/main');
    const sources = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const constructions = sources.flatMap((s) => [...s.matchAll(/new BrowserWindow\(([^)]*)\)?/g)].map((m) => m[1] ?? ''));
    expect(constructions.length).toBeGreaterThan(0);
    for (const args of constructions) expect(args.trimStart().startsWith('windowOptions(')).toBe(true);
  });
});
