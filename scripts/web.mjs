// `npm run web`: browser mode for machines without an Electron binary. Builds the renderer,
// then serves it with the services on 127.0.0.1 behind a per-run token.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('node', ['scripts/ensure-native.mjs', 'node']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsx', 'electron/server/main.ts', ...process.argv.slice(2)]);
