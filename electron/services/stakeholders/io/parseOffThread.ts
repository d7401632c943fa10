import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/contract/errors';
import type { ParsedTable } from '../../../../shared/domain/stakeholders/io/importColumns';
import { PARSE_TIMEOUT_MS, ParseRefusal, unreadable } from './parseLimits';
import { parseTableFile } from './parseTableFile';

type Reply =
  { id: number; ok: true; table: ParsedTable } | { id: number; ok: false; error: { code: string; params?: Record<string, string | number>; message?: string } };

/** A worker's heap: room for a full 20,000-row sheet, not for a runaway parse. */
const WORKER_HEAP_MB = 384;

/**
 * How to start the parse worker: the bundled script beside the main process in Electron
 * (out/main/stakeholderParseWorker.cjs), or its TypeScript source through tsx's loader (browser
 * mode, CLI, tests). A worker's own `--import tsx` does not load .ts entries on Node 20, so the
 * source is started by a one-line script that registers tsx first.
 */
function workerSource(): { code: string; eval: boolean } | null {
  const here = import.meta.dirname ?? __dirname;
  const bundled = path.join(here, 'stakeholderParseWorker.cjs');
  if (fs.existsSync(bundled)) return { code: bundled, eval: false };
  const source = path.join(here, 'stakeholderParseWorker.ts');
  if (!fs.existsSync(source)) return null;
  let tsx: string;
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    return null;
  }
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
  return { code, eval: true };
}

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: unknown) => void }>();

function failAll(e: unknown): void {
  for (const w of waiting.values()) w.reject(e);
  waiting.clear();
}

function startWorker(log: (message: string, data?: unknown) => void): Worker | null {
  if (worker) return worker;
  if (broken) return null;
  const source = workerSource();
  if (!source) {
    broken = true;
    return null;
  }
  try {
    const w = new Worker(source.code, { eval: source.eval, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    w.on('message', (r: Reply) => {
      const entry = waiting.get(r.id);
      waiting.delete(r.id);
      entry?.resolve(r);
    });
    w.on('error', (e) => {
      if (worker === w) worker = null;
      failAll(e);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`parse worker exited with ${code}`));
    });
    // An idle worker never keeps the CLI or a test from ending.
    w.unref();
    worker = w;
    return w;
  } catch (e) {
    log('stakeholder parse worker could not start; parsing on this thread', e instanceof Error ? e.message : e);
    broken = true;
    return null;
  }
}

const LOAD_ERRORS = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND', 'ERR_WORKER_PATH', 'ERR_WORKER_INIT_FAILED', 'ERR_UNKNOWN_FILE_EXTENSION']);
const couldNotLoad = (e: unknown) => typeof e === 'object' && e !== null && 'code' in e && LOAD_ERRORS.has(String(e.code));

function toAppError(e: ParseRefusal | { code: string; params?: Record<string, string | number> }): AppError {
  return new AppError(e.code as 'importUnreadable', e.params ?? {});
}

/**
 * Reads an import file (CSV or XLSX) on the parse worker, with its caps: a parse that runs past
 * {@link PARSE_TIMEOUT_MS} or out of its heap is stopped and the file refused as unreadable.
 * Where no worker can be loaded (a packaging fault), it reads on this thread and logs why.
 */
export async function parseOffThread(fileName: string, bytes: Uint8Array, log: (message: string, data?: unknown) => void): Promise<ParsedTable> {
  const inThread = async () => {
    try {
      return await parseTableFile(fileName, bytes);
    } catch (e) {
      throw e instanceof ParseRefusal ? toAppError(e) : e;
    }
  };
  const w = startWorker(log);
  if (!w) return inThread();
  const id = nextId++;
  let timer: NodeJS.Timeout | undefined;
  let reply: Reply;
  try {
    reply = await new Promise<Reply>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      timer = setTimeout(() => {
        waiting.delete(id);
        reject(new AppError('importUnreadable', { file: fileName, detail: unreadable('timeout') }));
        // Stopping the worker is the only way to stop a parse; the next file starts a new one.
        if (worker === w) worker = null;
        void w.terminate();
      }, PARSE_TIMEOUT_MS);
      w.postMessage({ id, fileName, bytes });
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (couldNotLoad(e)) {
      log('stakeholder parse worker could not load; parsing on this thread', e instanceof Error ? e.message : e);
      broken = true;
      return inThread();
    }
    if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new AppError('importUnreadable', { file: fileName, detail: unreadable('tooLarge') });
    }
    throw e;
  } finally {
    clearTimeout(timer);
  }
  if (reply.ok) return reply.table;
  if (reply.error.code === 'internal') throw new Error(`parsing ${fileName} failed in its worker: ${reply.error.message ?? ''}`);
  throw toAppError(reply.error);
}
