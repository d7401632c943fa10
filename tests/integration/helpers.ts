import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { type ClusterFields, emptyClusterFields } from '../../shared/domain/clusters/schemas';
import { createServices, type ServiceOptions, type Services } from '../../electron/services/createServices';
import type { Logger } from '../../electron/services/types';

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'sentra-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface LogEntry {
  level: string;
  message: string;
}

/** Services over `root/data` and `root/ws`, as the app would build them; log lines are collected. */
export function makeServices(root: string, logs: LogEntry[] = [], options: ServiceOptions = {}): Services {
  const log: Logger = (level, message) => {
    logs.push({ level, message });
  };
  return createServices(
    {
      appVersion: '0.1.0',
      host: 'browser',
      dataDir: path.join(root, 'data'),
      defaultDir: path.join(root, 'ws'),
      resourcesDir: path.resolve('resources'),
      log,
    },
    options,
  );
}

export interface TempServices {
  /** This test's temporary folder. */
  readonly root: string;
  /** Services over `root`, as built by {@link makeServices}. */
  readonly services: Services;
  /** The log lines of this test's services (a fresh list for every test). */
  readonly logs: LogEntry[];
  /** Shuts the services down and builds a fresh instance over the same folder (and the same log list). */
  restart(): Promise<Services>;
}

/**
 * Registers hooks that give every test a fresh temporary folder with services over it,
 * and shut the services down and remove the folder afterwards. Call it at the top level
 * of a test file (or in a describe); read `root` and `services` inside hooks and tests.
 */
export function useTempServices(options: ServiceOptions = {}): TempServices {
  let root: string | undefined;
  let services: Services | undefined;
  let logs: LogEntry[] = [];
  const current = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useTempServices: ${name} is only available inside a test or hook`);
    return value;
  };

  beforeEach(() => {
    root = tempDir();
    logs = [];
    services = makeServices(root, logs, options);
  });

  afterEach(async () => {
    await services?.shutdown();
    if (root !== undefined) fs.rmSync(root, { recursive: true, force: true });
    root = undefined;
    services = undefined;
  });

  return {
    get root() {
      return current(root, 'root');
    },
    get services() {
      return current(services, 'services');
    },
    get logs() {
      return logs;
    },
    async restart() {
      await current(services, 'services').shutdown();
      services = makeServices(current(root, 'root'), logs, options);
      return services;
    },
  };
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The -wal, -shm and -journal files that exist beside `file`. */
export function sidecars(file: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((s) => fs.existsSync(file + s));
}

/** A cluster with a few fields filled, so round trips have something to lose. */
export function sampleCluster(name: string, overrides: Partial<ClusterFields> = {}): ClusterFields {
  return {
    ...emptyClusterFields(name),
    village: 'Tegalrejo',
    district: 'Ceper',
    regency: 'Klaten',
    province: 'Jawa Tengah',
    sector: 'Pengecoran logam',
    kbli: '24310',
    group: 'metal',
    enterprisesSmall: 144,
    enterprisesMedium: 58,
    enterprisesLarge: 11,
    workers: 2500,
    productionValue: 1_500_000_000,
    establishedYear: 1970,
    mainProducts: ['Pipa', 'Komponen mesin'],
    rawMaterials: [{ material: 'Skrap besi', source: 'Pengepul' }],
    markets: [{ market: 'Jawa', channel: 'Pedagang' }],
    organisations: [{ name: 'Koperasi Batur Jaya', kind: 'cooperative' }],
    villageCounts: [{ village: 'Tegalrejo', micro: null, small: 54, medium: 17, large: 2 }],
    history: 'Sejak zaman kolonial.',
    notes: 'Catatan',
    ...overrides,
  };
}

/** Runs `fn` and returns the AppError code it throws (fails the test when it does not throw one). */
export async function errorCode(fn: () => unknown): Promise<{ code: string; params: Record<string, string | number> }> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('expected an AppError, but the call succeeded');
}
