import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// `import.meta.dirname` works under tsx and vitest and becomes __dirname in the Electron bundle
// (scripts/build-electron.mjs), where `import.meta.url` would be undefined.
const requireHere = createRequire(path.join(import.meta.dirname, 'fontFile.ts'));

/**
 * A bundled Noto Sans file (`noto-sans-latin-400-normal.woff2`) from @fontsource, or null when the
 * install lacks it: documents then print with a fallback font rather than failing.
 */
export function readFontFile(name: string): Buffer | null {
  try {
    return fs.readFileSync(requireHere.resolve(`@fontsource/noto-sans/files/${name}`));
  } catch {
    return null;
  }
}
