import type { CallInput, CallName, CallResult } from '../../shared/contract';
import type { Services } from '../services/createServices';
import type { Logger } from '../services/types';

/** One option of a command, as `node:util` parseArgs takes it plus its help text. */
export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in the usage after the option name: `--out FILE`. */
  valueName?: string;
  description: string;
  /** The same in Bahasa Indonesia (optional; shown under the English line). */
  descriptionId?: string;
}

/** A positional argument of a command: `FILE`, `F.json`. */
export interface CliPositional {
  name: string;
  description: string;
}

/** What a command's `run` receives: its positionals (checked for count) and parsed options. */
export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/**
 * One CLI command. The CLI is a table of these: a later feature adds a command by adding
 * one object to `electron/cli/commands.ts`; parsing, help and error handling come free.
 */
export interface CliCommand {
  name: string;
  /** One line in English. */
  summary: string;
  /** The same line in Bahasa Indonesia. */
  summaryId?: string;
  positionals?: CliPositional[];
  options?: Record<string, CliOption>;
  /** Options that must be given (usage error otherwise). */
  required?: string[];
  /** Extra lines for `help <command>`: examples, exit codes. */
  notes?: string[];
  /** Returns the process exit code: 0 success, 1 failure. Usage errors are thrown as {@link UsageError}. */
  run: (args: CommandArgs, ctx: CliContext) => Promise<number>;
}

/** What every command may use: output, paths, and the app's services (created on first use). */
export interface CliContext {
  dataDir: string;
  projectRoot: string;
  appVersion: string;
  /** Resolves a path as the user typed it (relative to where they ran `npm run cli`). */
  resolvePath: (p: string) => string;
  /** A line of the command's output (stdout). */
  out: (line?: string) => void;
  /** A line of diagnostics (stderr). */
  err: (line?: string) => void;
  log: Logger;
  /** The services the app runs on, created on first use; the CLI shuts them down before exit. */
  services: () => Services;
  /**
   * Calls the API exactly as the app's transports do (name checked, input validated
   * against its schema, handler run); a failed call throws {@link CallFailed}.
   */
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallResult<K>>;
}

/** Wrong command line: the CLI prints the message and the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An API call that answered `{ ok: false }`: carries the error code and parameters to print. */
export class CallFailed extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'CallFailed';
  }
}
