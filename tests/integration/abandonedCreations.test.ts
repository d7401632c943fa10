import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS } from '../../electron/db/pruneAbandonedCreations';
import { invoke } from '../../electron/services/createServices';
import { useTempServices } from './helpers';

/*
 * New workspaces, imports and restores are built under a temporary `*.creating` name and
 * renamed when complete. A process killed half-way leaves that file behind; the next
 * creation in the same folder removes it, but never one another process is still writing.
 */

const STALLER = path.resolve('tests/integration/fixtures/stalledCreation.ts');
const env = useTempServices();

/** The temporary files in `dir`, with their journals. */
const creating = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes('.creating'));
/** Makes a file look as old as an abandoned one. */
const age = (file: string) => {
  const then = new Date(Date.now() - ABANDONED_AFTER_MS - 1000);
  fs.utimesSync(file, then, then);
};

/** Starts a creation of `target` in a child process and resolves once it has stalled half-way. */
async function stalledCreation(target: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', STALLER, target], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  const ended = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe('stalled');
  return {
    kill: async () => {
      child.kill('SIGKILL');
      await ended;
    },
  };
}

describe('files left by a killed creation', () => {
  it('are removed by the next creation in the folder, once nobody holds them', async () => {
    const dir = path.join(env.root, 'ws');
    fs.mkdirSync(dir);
    const creation = await stalledCreation(path.join(dir, 'imported.sentra'));
    const leftover = creating(dir).find((n) => n.endsWith('.creating'));
    try {
      expect(leftover).toMatch(/^imported\.sentra\.[0-9a-f]{8}\.creating$/);
      // Still being written by a live process: kept, however old it looks.
      age(path.join(dir, leftover!));
      await invoke(env.services, 'workspace.create', { dir, fileName: 'first', programName: 'P' });
      expect(creating(dir)).toContain(leftover);
    } finally {
      await creation.kill();
    }
    expect(creating(dir)).toContain(leftover);
    expect(fs.existsSync(path.join(dir, 'imported.sentra'))).toBe(false);
    age(path.join(dir, leftover!));
    await invoke(env.services, 'workspace.create', { dir, fileName: 'second', programName: 'P' });
    expect(creating(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'second.sentra'))).toBe(true);
  }, 60_000);

  it('are kept while they are young: a creation may have only just begun', async () => {
    const dir = path.join(env.root, 'ws');
    fs.mkdirSync(dir);
    const young = path.join(dir, 'other.sentra.0123abcd.creating');
    fs.writeFileSync(young, '');
    await invoke(env.services, 'workspace.create', { dir, fileName: 'new', programName: 'P' });
    expect(fs.existsSync(young)).toBe(true);
    age(young);
    await invoke(env.services, 'workspace.create', { dir, fileName: 'newer', programName: 'P' });
    expect(fs.existsSync(young)).toBe(false);
  });
});
