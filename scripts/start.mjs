// `npm start`: builds the app and opens it in Electron. Where Electron cannot run at all (no
// binary, or no Electron build of better-sqlite3, on an offline build machine), it says so and
// starts browser mode instead. Once Electron has started, its exit is the command's exit.
import { spawnSync } from 'node:child_process';

const shell = process.platform === 'win32';
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', shell, ...opts });
const must = (cmd, args) => {
  const r = run(cmd, args);
  if (r.status !== 0) process.exit(r.status ?? 1);
};

must('npx', ['vite', 'build', '--logLevel', 'warn']);
must('node', ['scripts/build-electron.mjs']);

// The electron package exports its binary's path, fetching the binary on first use (its
// progress shows); it throws when the binary cannot be had. Its stack trace is not for users.
const binary = spawnSync(process.execPath, ['-e', "require('fs').accessSync(require('electron'))"], { stdio: ['ignore', 'inherit', 'ignore'] });
const native = binary.status === 0 ? run('node', ['scripts/ensure-native.mjs', 'electron'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' }) : null;
const binding = native?.status === 0 ? native.stdout.trim().split('\n').pop() : '';

if (binding) {
  const electron = run('npx', ['--no-install', 'electron', '.'], { env: { ...process.env, SENTRA_SQLITE_BINDING: binding } });
  process.exit(electron.status ?? 1);
}
console.error(
  (binary.status === 0
    ? '\nbetter-sqlite3 could not be built for Electron here (no prebuilt binary and no Electron headers to compile against).\n'
    : '\nElectron has no binary on this machine (it could not be downloaded).\n') +
    'Starting browser mode instead: open the address below in Chromium or Chrome.\n',
);
must('node', ['scripts/ensure-native.mjs', 'node']);
must('npx', ['tsx', 'electron/server/main.ts', ...process.argv.slice(2)]);
