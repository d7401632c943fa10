// Bundles the Electron main process and the preload into CommonJS under out/. The native
// module and electron itself stay external; everything else (zod, shared/) is bundled.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: true, logLevel: 'warning' };

await build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'out/main/index.cjs', external: ['electron', 'better-sqlite3'] });
// A sandboxed preload may require only 'electron': bundle it whole.
await build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'out/preload/index.cjs', external: ['electron'] });
