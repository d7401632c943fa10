import { parentPort } from 'node:worker_threads';
import { parseTableFile } from './parseTableFile';
import { ParseRefusal } from './parseLimits';

/*
 * A worker thread that reads import files (CSV, XLSX): a hostile file then costs this thread,
 * never the main process, and a parse that runs too long is stopped by terminating it. It serves
 * one request after another, so its start-up (loading exceljs) is paid once.
 */
export interface ParseRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
}

parentPort?.on('message', ({ id, fileName, bytes }: ParseRequest) => {
  parseTableFile(fileName, bytes).then(
    (table) => parentPort?.postMessage({ id, ok: true, table }),
    (e: unknown) => {
      const error =
        e instanceof ParseRefusal ? { code: e.code, params: e.params } : { code: 'internal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      parentPort?.postMessage({ id, ok: false, error });
    },
  );
});
