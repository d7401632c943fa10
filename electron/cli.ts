import { runCli } from './cli/runCli';

/*
 * `npm run cli -- <command> ...`: the CLI over the same services as the app. It all lives
 * in runCli (which tests call in-process); this file hands it the real process.
 */

// `npm run cli` runs in the project folder; the folder the user typed the command in is npm's INIT_CWD.
const cwd = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

// `npm run cli -- export-json F --out - | head`: a reader that stops early is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd }).then(
  (code) => {
    // exitCode, not exit(): let stdout drain (export-json --out - can be large)
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
