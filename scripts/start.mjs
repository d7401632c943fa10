// `npm start`: builds the app and opens it in Electron. Where no Electron binary can be had
// (an offline build machine), it says so and starts browser mode instead, so the app runs.
import { spawnSync } from 'node:child_process';

const shell = process.platform === 'win32';
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', shell, ...opts });
const must = (cmd, args) => {
  const r = run(cmd, args);
  if (r.status !== 0) process.exit(r.status ?? 1);
};

must('npx', ['vite', 'build', '--logLevel', 'warn']);
must('node', ['scripts/build-electron.mjs']);

const native = run('node', ['scripts/ensure-native.mjs', 'electron'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const binding = native.status === 0 ? native.stdout.trim().split('\n').pop() : '';
let status = 1;
if (binding) {
  status = run('npx', ['--no-install', 'electron', '.'], { env: { ...process.env, SENTRA_SQLITE_BINDING: binding } }).status ?? 1;
  if (status === 0) process.exit(0);
}
console.error(
  '\nElectron could not start here (its binary or its build of better-sqlite3 could not be fetched).\n' +
    'Starting browser mode instead: open the address below in Chromium or Chrome.\n',
);
must('npx', ['tsx', 'electron/server/main.ts', ...process.argv.slice(2)]);
