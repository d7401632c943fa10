import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke, type Services } from '../../electron/services/createServices';
import { makeServices, tempDir } from './helpers';

const WRITER = path.resolve('tests/integration/fixtures/crashWriter.ts');
const ACKS_BEFORE_KILL = 200;

let root: string;
let services: Services;

beforeEach(() => {
  root = tempDir();
  services = makeServices(root);
});

afterEach(async () => {
  await services.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
});

/**
 * Runs the writer against `file` until it has acknowledged `acks` edits, then SIGKILLs it.
 * Returns every id it acknowledged (complete lines only).
 */
function burstAndKill(file: string, prefix: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, path.join(root, `child-data-${prefix}`), prefix], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let stderr = '';
    const ids: string[] = [];
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line !== 'ready') ids.push(line);
      if (!killed && ids.length >= acks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended on its own (code ${code}): ${stderr}`));
      else resolve(ids);
    });
  });
}

describe('killing the process during a burst of edits', () => {
  it('loses no acknowledged edit and leaves a file that passes integrity_check', async () => {
    const file = (await invoke(services, 'workspace.create', { dir: root, fileName: 'crash', programName: 'P' })).path;
    await invoke(services, 'workspace.close', {});
    const acknowledged: string[] = [];

    for (const round of ['a', 'b', 'c']) {
      const ids = await burstAndKill(file, round, ACKS_BEFORE_KILL);
      expect(ids.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
      acknowledged.push(...ids);

      // The lock died with the process: a fresh instance opens the file through the checked procedure.
      const summary = await invoke(services, 'workspace.open', { path: file });
      expect(summary.schemaVersion).toBe(1);
      const db = services.registry.current('local').db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set((await invoke(services, 'clusters.list', {})).map((c) => c.id));
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      // Nothing beyond a few in-flight edits past the last acknowledgement.
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
      await invoke(services, 'workspace.close', {});
    }

    const raw = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(raw.pragma('foreign_key_check')).toEqual([]);
      const count = (raw.prepare('SELECT count(*) AS n FROM clusters').get() as { n: number }).n;
      expect(count).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      raw.close();
    }
  }, 120_000);
});
