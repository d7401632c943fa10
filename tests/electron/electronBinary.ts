import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The Electron executable if this machine has one; null with the reason otherwise. */
export function electronBinary(): { path: string } | { path: null; reason: string } {
  // Requiring the package would try to download a missing binary (Electron 45 fetches on first
  // use); tests only look. path.txt is written once the binary is in place.
  const pathFile = path.join(path.dirname(require.resolve('electron/package.json')), 'path.txt');
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !fs.existsSync(pathFile)) {
    return { path: null, reason: 'no Electron binary (never downloaded on this machine)' };
  }
  try {
    // The electron package exports the binary's path, and throws if it was never downloaded.
    const p = require('electron') as unknown as string;
    if (typeof p === 'string' && fs.existsSync(p)) return { path: p };
    return { path: null, reason: `no Electron binary at ${String(p)} (it could not be downloaded here)` };
  } catch (e) {
    return { path: null, reason: `no Electron binary: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}` };
  }
}
