import path from 'node:path';
import type { Schema } from '../db/schema';
import { defaultWorkspacesDir } from '../services/app/defaultPaths';
import { createServices, invoke, type Services } from '../services/createServices';
import { fileLogger } from '../services/fileLogger';
import type { Logger } from '../services/types';
import type { CliTranslator } from './cliTranslator';
import { escapeForTerminal } from './escapeForTerminal';
import type { CliContext, CliIo } from './types';

/** The client id the CLI's calls carry: one "window" for the whole run. */
export const CLI_CLIENT = 'cli';

export interface CliRuntime {
  ctx: CliContext;
  /** Closes every workspace the run opened (releasing its lock); safe to call when none were. */
  shutdown: () => Promise<void>;
}

export interface RuntimeOptions {
  io: CliIo;
  translator: CliTranslator;
  dataDir: string;
  projectRoot: string;
  appVersion: string;
  schema: Schema;
}

/** Builds the context commands run in; the services and the log file are made on first use. */
export function createCliRuntime({ io, translator, ...opts }: RuntimeOptions): CliRuntime {
  let services: Services | null = null;
  let logger: Logger | null = null;
  const logFile = path.join(opts.dataDir, 'logs', 'sentra.log');
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
  // Everything printed may hold workspace text: escaped at the one place it leaves.
  const out = (text = '') => void io.stdout.write(`${escapeForTerminal(text)}\n`);
  const err = (text = '') => void io.stderr.write(`${escapeForTerminal(text)}\n`);
  const ctx: CliContext = {
    ...opts,
    lang: translator.lang,
    locale: translator.locale,
    t: translator.t,
    // `internal` points to the log, where the details went
    errorText: (code, params) => translator.errorText(code, { log: logFile, ...params }),
    resolvePath: (p) => path.resolve(io.cwd, p),
    out,
    err,
    reportError: (e) => err(translator.t('cli.errorLine', { message: ctx.errorText(e.code, e.params) })),
    log,
    call: (name, input) => invoke(getServices(), name, input, { clientId: CLI_CLIENT }),
  };
  return {
    ctx,
    shutdown: async () => {
      if (services) await services.shutdown();
    },
  };
}
