import path from 'node:path';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { defaultWorkspacesDir } from '../services/app/defaultPaths';
import { createServices, type Services } from '../services/createServices';
import { fileLogger } from '../services/fileLogger';
import type { Logger } from '../services/types';
import { CallFailed, type CliContext } from './types';

/** The client id the CLI's calls carry: one "window" for the whole run. */
export const CLI_CLIENT = 'cli';

export interface CliRuntime {
  ctx: CliContext;
  /** Closes every workspace the run opened (releasing its lock); safe to call when none were. */
  shutdown: () => Promise<void>;
}

/**
 * Where relative paths are taken from. `npm run cli` runs in the project folder, so the
 * folder the user typed the command in is npm's INIT_CWD; `tsx electron/cli.ts` uses cwd.
 */
export function userCwd(): string {
  return process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
}

/** Builds the context commands run in; the services and the log file are made on first use. */
export function createCliRuntime(opts: { dataDir: string; projectRoot: string; appVersion: string }): CliRuntime {
  let services: Services | null = null;
  let logger: Logger | null = null;
  const log: Logger = (level, message, data) => {
    logger ??= fileLogger(opts.dataDir, false);
    logger(level, message, data);
  };
  const getServices = (): Services => {
    services ??= createServices({
      appVersion: opts.appVersion,
      host: 'browser',
      dataDir: opts.dataDir,
      defaultDir: defaultWorkspacesDir(),
      resourcesDir: path.join(opts.projectRoot, 'resources'),
      log,
      rememberRecent: false,
    });
    return services;
  };
  const ctx: CliContext = {
    ...opts,
    resolvePath: (p) => path.resolve(userCwd(), p),
    out: (line = '') => process.stdout.write(`${line}\n`),
    err: (line = '') => process.stderr.write(`${line}\n`),
    log,
    services: getServices,
    call: async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> => {
      const result = await getServices().call(name, input, { clientId: CLI_CLIENT });
      if (!result.ok) throw new CallFailed(result.error.code, result.error.params);
      return result.value as CallResult<K>;
    },
  };
  return {
    ctx,
    shutdown: async () => {
      if (services) await services.shutdown();
    },
  };
}

/**
 * Opens `file` through the app's checked open (`workspace.open`: header, lock, integrity
 * checks, migrations with a backup first, the on-open backup), runs `fn`, and closes it.
 */
export async function withWorkspace<T>(ctx: CliContext, file: string, fn: () => Promise<T>): Promise<T> {
  await ctx.call('workspace.open', { path: ctx.resolvePath(file) });
  try {
    return await fn();
  } finally {
    await ctx.call('workspace.close', {});
  }
}
