import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { useTempServices } from './helpers';

/*
 * Two processes open the same workspace at the same moment, a hundred times over. The
 * loser used to delete the -wal it saw appear during its attempt, which was the winner's
 * live journal: the winner went on committing into a deleted file, and a kill -9 lost every
 * one of those commits. Whatever the interleaving, no acknowledged row may be lost.
 */

const OPENER = path.resolve('tests/integration/fixtures/raceOpener.ts');
const ROUNDS = 100;

const env = useTempServices();

interface Opener {
  child: ChildProcessWithoutNullStreams;
  /** The next outcome line ("won" or "lost <code>"), with the keys acknowledged before it. */
  next: () => Promise<{ outcome: string; acked: string[] }>;
  ended: Promise<void>;
}

function startOpener(name: string): Opener {
  const child = spawn(process.execPath, ['--import', 'tsx', OPENER, name], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const ended = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    child,
    ended,
    next: async () => {
      const acked: string[] = [];
      for (;;) {
        const next: IteratorResult<string> = await lines.next();
        if (next.done) throw new Error(`opener ${name} ended: ${stderr}`);
        const line = next.value;
        if (line.startsWith('ack ')) acked.push(line.slice(4));
        else return { outcome: line, acked };
      }
    },
  };
}

describe('two processes racing to open one workspace', () => {
  it(`loses no acknowledged commit of the winner after kill -9 (${ROUNDS} races)`, async () => {
    const template = (await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'template', programName: 'P' })).path;
    await invoke(env.services, 'workspace.close', {});
    const openers = [startOpener('a'), startOpener('b')];
    const acknowledged = new Map<string, string[]>();
    const outcomes: string[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const file = path.join(env.root, `race-${round}.sentra`);
        fs.copyFileSync(template, file);
        for (const o of openers) o.child.stdin.write(`open ${file}\n`);
        const results = await Promise.all(openers.map((o) => o.next()));
        outcomes.push(results.map((r) => r.outcome).join(' / '));
        acknowledged.set(
          file,
          results.flatMap((r) => r.acked),
        );
      }
    } finally {
      for (const o of openers) o.child.kill('SIGKILL');
      await Promise.all(openers.map((o) => o.ended));
    }

    const lost: string[] = [];
    for (const [file, keys] of acknowledged) {
      const db = new Database(file, { fileMustExist: true });
      try {
        expect(db.pragma('quick_check', { simple: true })).toBe('ok');
        const stored = new Set((db.prepare("SELECT key FROM meta WHERE key LIKE 'race-%'").all() as { key: string }[]).map((r) => r.key));
        lost.push(...keys.filter((k) => !stored.has(k)).map((k) => `${path.basename(file)}:${k}`));
      } finally {
        db.close();
      }
    }
    expect(lost).toEqual([]);
    // Exactly one process won each race; the other was told the file is in use.
    expect(outcomes.filter((o) => o.split(' / ').sort().join() !== 'lost lockedElsewhere,won')).toEqual([]);
  }, 120_000);
});
