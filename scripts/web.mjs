// `npm run web`: browser mode for machines without an Electron binary. Reads the command line
// first (so --help and a wrong option answer at once), builds the renderer, then serves it
// with the services on 127.0.0.1 behind a per-run token.
import { spawnSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const { parseWebArgs } = await tsImport('../electron/server/webArgs.ts', import.meta.url);
const args = parseWebArgs(process.argv.slice(2), process.env);
if (args.kind === 'help') {
  console.log(args.text);
  process.exit(0);
}
if (args.kind === 'usageError') {
  console.error(args.text);
  process.exit(2);
}

const run = (cmd, argv) => {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('node', ['scripts/ensure-native.mjs', 'node']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsx', 'electron/server/main.ts', ...process.argv.slice(2)]);
