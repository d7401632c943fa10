import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/contract/errors';

type Outcome = { ok: true } | { ok: false; error: { code: string; params?: Record<string, string | number>; message?: string } };

/**
 * Where the import worker's script is: beside the bundled main process in Electron
 * (out/main/importWorker.cjs), or its TypeScript source run through tsx (browser mode,
 * CLI, tests). Null when neither can be found, and the caller builds on this thread.
 */
function workerScript(): { file: string; execArgv: string[] } | null {
  const here = import.meta.dirname ?? __dirname;
  const bundled = path.join(here, 'importWorker.cjs');
  if (fs.existsSync(bundled)) return { file: bundled, execArgv: [] };
  const source = path.join(here, 'importWorker.ts');
  if (fs.existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  return null;
}

const LOAD_ERRORS = new Set([
  'ERR_MODULE_NOT_FOUND',
  'MODULE_NOT_FOUND',
  'ERR_WORKER_PATH',
  'ERR_WORKER_INIT_FAILED',
  'ERR_UNKNOWN_FILE_EXTENSION',
  'ERR_REQUIRE_ESM',
]);

function couldNotLoad(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && LOAD_ERRORS.has(String(e.code));
}

/**
 * Builds a workspace from interchange text on a worker thread, so the app stays responsive
 * during a large import. Falls back to `inThread` where no worker can be started.
 */
export async function buildOffThread(text: string, target: string, inThread: () => void, log: (message: string, data?: unknown) => void): Promise<void> {
  const script = workerScript();
  if (!script) return inThread();
  let worker: Worker;
  try {
    worker = new Worker(script.file, { execArgv: script.execArgv });
  } catch (e) {
    log('import worker could not start; importing on this thread', e instanceof Error ? e.message : e);
    return inThread();
  }
  let outcome: Outcome;
  try {
    outcome = await new Promise<Outcome>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`import worker exited with ${code}`)));
      worker.postMessage({ text, target });
    }).finally(() => void worker.terminate());
  } catch (e) {
    // Only a worker that could not load (a packaging problem) imports the slow way; one that
    // died of the document (out of memory) would take the main process down with it.
    if (!couldNotLoad(e)) throw e;
    log('import worker could not load; importing on this thread', e instanceof Error ? e.message : e);
    return inThread();
  }
  if (outcome.ok) return;
  if (outcome.error.code === 'internal') throw new Error(`import failed in its worker: ${outcome.error.message ?? ''}`);
  throw new AppError(outcome.error.code as ErrorCode, outcome.error.params ?? {});
}
