import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { features, workspaceSchema } from '../features';
import type { InterchangeSection } from '../feature';
import { buildFromJson } from './buildFromJson';

/*
 * A worker thread that builds a workspace from interchange text: parsing, validating and
 * writing 100,000 records takes seconds, and on the main thread it would freeze Electron's
 * window and every other call of browser mode meanwhile.
 */
const sections = features.flatMap((f): InterchangeSection[] => (f.interchange ? [f.interchange] : []));

parentPort?.once('message', ({ text, target }: { text: string; target: string }) => {
  try {
    buildFromJson(text, target, workspaceSchema, sections);
    parentPort?.postMessage({ ok: true });
  } catch (e) {
    const error = e instanceof AppError ? { code: e.code, params: e.params } : { code: 'internal', message: e instanceof Error ? e.stack : String(e) };
    parentPort?.postMessage({ ok: false, error });
  }
});
