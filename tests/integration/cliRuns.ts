import { runCli } from '../../electron/cli/runCli';

/** The environments a user's shell would give a run: the language is read from LANG. */
export const ENGLISH = { LANG: 'en_GB.UTF-8' };
export const INDONESIAN = { LANG: 'id_ID.UTF-8' };

/** What one run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where a test's runs happen: the folder relative paths start from, and the app's data folder. */
export interface CliPlace {
  cwd: string;
  dataDir: string;
}

/** Runs the CLI in-process as a user would run it in `place.cwd`, with its own data folder; its output captured. */
export async function runCliIn(place: CliPlace, env: Record<string, string | undefined>, args: readonly string[]): Promise<CliRun> {
  const run = { code: -1, stdout: '', stderr: '' };
  const stdout = { write: (s: string) => (run.stdout += s) };
  const stderr = { write: (s: string) => (run.stderr += s) };
  run.code = await runCli([...args, '--data-dir', place.dataDir], { stdout, stderr, env, cwd: place.cwd });
  return run;
}
