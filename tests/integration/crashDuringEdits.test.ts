import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { workspaceSchema } from '../../electron/services/features';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { useTempServices } from './helpers';

const WRITER = path.resolve('tests/integration/fixtures/crashWriter.ts');
const ACKS_BEFORE_KILL = 200;

const env = useTempServices();

interface Writer {
  /** Resolves with every acknowledged id (complete lines only) once the process has died. */
  ended: Promise<string[]>;
  /** Resolves once the writer has acknowledged `n` edits. */
  acked: (n: number) => Promise<void>;
  kill: () => void;
}

/** Starts the writer against `file`; each stdout line after "ready" is one committed cluster id. */
function startWriter(file: string, prefix: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, path.join(env.root, `child-data-${prefix}`), prefix], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffered = '';
  let stderr = '';
  const ids: string[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line !== 'ready') ids.push(line);
    for (const w of waiters.filter((x) => ids.length >= x.n)) w.resolve();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const ended = new Promise<string[]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended on its own (code ${code}): ${stderr}`));
      else resolve([...ids]);
    });
  });
  return {
    ended,
    acked: (n) =>
      Promise.race([
        new Promise<void>((resolve) => (ids.length >= n ? resolve() : waiters.push({ n, resolve }))),
        ended.then(() => Promise.reject(new Error('writer died early'))),
      ]),
    kill: () => child.kill('SIGKILL'),
  };
}

/** Lets the writer acknowledge `acks` edits, SIGKILLs it mid-burst and returns the acknowledged ids. */
async function burstAndKill(file: string, prefix: string, acks: number): Promise<string[]> {
  const writer = startWriter(file, prefix);
  await writer.acked(acks);
  writer.kill();
  return writer.ended;
}

describe('killing the process during a burst of edits', () => {
  it('loses no acknowledged edit and leaves a file that passes integrity_check', async () => {
    const file = (await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'crash', programName: 'P' })).path;
    await invoke(env.services, 'workspace.close', {});
    const acknowledged: string[] = [];

    for (const round of ['a', 'b', 'c']) {
      const ids = await burstAndKill(file, round, ACKS_BEFORE_KILL);
      expect(ids.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
      acknowledged.push(...ids);

      // The lock died with the process: a fresh instance opens the file through the checked procedure.
      const summary = await invoke(env.services, 'workspace.open', { path: file });
      expect(summary.schemaVersion).toBe(workspaceSchema.latest);
      const session = env.services.registry.current('local');
      expect(session.pragma('integrity_check')).toBe('ok');
      const stored = new Set((await invoke(env.services, 'clusters.list', {})).map((c) => c.id));
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      // Nothing beyond a few in-flight edits past the last acknowledgement.
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
      await invoke(env.services, 'workspace.close', {});
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

  it('refuses a file another process is writing with lockedElsewhere', async () => {
    const file = (await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'busy', programName: 'P' })).path;
    await invoke(env.services, 'workspace.close', {});
    const writer = startWriter(file, 'busy');
    try {
      await writer.acked(20);
      const result = await env.services.call('workspace.open', { path: file }, { clientId: 'local' });
      expect(result).toMatchObject({ ok: false, error: { code: 'lockedElsewhere' } });
      expect(fs.existsSync(`${file}-shm`)).toBe(false);
    } finally {
      writer.kill();
    }
    const acknowledged = await writer.ended;
    await invoke(env.services, 'workspace.open', { path: file });
    const stored = new Set((await invoke(env.services, 'clusters.list', {})).map((c) => c.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  }, 60_000);
});
