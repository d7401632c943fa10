// Bundles the Electron main process and the preload into CommonJS under out/. The native
// module and electron itself stay external; everything else (zod, shared/) is bundled.
import { build } from 'esbuild';

// CommonJS has no import.meta: code that asks for its folder gets __dirname.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  define: { 'import.meta.dirname': '__dirname' },
};

// playwright-core drives a system Chromium for the CLI and browser mode; the app prints with its own
// (printToPDF), so the package stays out of the bundle and is never loaded there.
await build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'out/main/index.cjs', external: ['electron', 'better-sqlite3', 'playwright-core'] });
// Imports build the new workspace on a worker thread (electron/services/workspace/buildOffThread.ts).
await build({ ...common, entryPoints: ['electron/services/workspace/importWorker.ts'], outfile: 'out/main/importWorker.cjs', external: ['better-sqlite3'] });
// Stakeholder imports read CSV / XLSX files on a worker thread (electron/services/stakeholders/io/parseOffThread.ts).
await build({ ...common, entryPoints: ['electron/services/stakeholders/io/stakeholderParseWorker.ts'], outfile: 'out/main/stakeholderParseWorker.cjs' });
// A sandboxed preload may require only 'electron': bundle it whole.
await build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'out/preload/index.cjs', external: ['electron'] });
