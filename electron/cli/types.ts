import type { CallInput, CallName, CallResult } from '../../shared/contract';
import type { Language } from '../../shared/contract/app';
import type { AppError } from '../../shared/contract/errors';
import type { Schema } from '../db/schema';
import type { Logger } from '../services/types';

/** Text from the catalogs (i18next's `t`) in the language of the run. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** One option of a command, as `node:util` parseArgs takes it plus its help text. */
export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in the usage after the option name: `--out FILE`. */
  valueName?: string;
  /** Catalog key of its help text. */
  descriptionKey: string;
  descriptionParams?: Record<string, string>;
  /** A usage error when it is missing or empty. */
  required?: boolean;
}

/** A positional argument of a command: `FILE`, `F.json`. */
export interface CliPositional {
  name: string;
  descriptionKey: string;
  optional?: boolean;
}

/** What a command's `run` receives: its positionals (checked for count) and parsed options. */
export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/**
 * One CLI command, as data. A feature exports an array of these from its folder
 * (`electron/services/<feature>/<feature>Cli.ts`); parsing, help in both languages and error
 * handling come from `runCli`.
 */
export interface CliCommand {
  name: string;
  /** Catalog key of its one-line summary. */
  summaryKey: string;
  positionals?: readonly CliPositional[];
  options?: Readonly<Record<string, CliOption>>;
  /** Catalog keys of extra lines for `help <command>`: examples, notes. */
  noteKeys?: readonly string[];
  /** Returns the exit code: 0 success, 1 failure. Usage errors are thrown as {@link UsageError}. */
  run: (args: CommandArgs, ctx: CliContext) => Promise<number>;
}

/** What every command may use: text in the user's language, output, paths and the app's services. */
export interface CliContext {
  lang: Language;
  /** BCP 47 locale for numbers and amounts. */
  locale: string;
  t: Translate;
  /** The message for an error code and its parameters, as the app words it (or the CLI, where a terminal needs other words). */
  errorText: (code: string, params?: Record<string, unknown>) => string;
  dataDir: string;
  projectRoot: string;
  appVersion: string;
  /** The schema this build writes (for `check`, which opens files without the services). */
  schema: Schema;
  /** Resolves a path as the user typed it, from the folder they ran the command in. */
  resolvePath: (p: string) => string;
  /** Output (stdout), a line at a time; control and bidi characters are escaped on the way. */
  out: (text?: string) => void;
  /** Diagnostics (stderr), likewise escaped. */
  err: (text?: string) => void;
  /** Prints an AppError as "Error: …" on stderr. */
  reportError: (e: AppError) => void;
  log: Logger;
  /**
   * Calls the API through `invoke`, as the app's transports do (input validated, handler
   * run); a refusal is thrown as its AppError. The services are created on first use.
   */
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallResult<K>>;
}

/** Wrong command line: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    /** Catalog key of the message (`cli.usage.*`). */
    readonly key: string,
    readonly params: Record<string, string> = {},
    readonly command?: string,
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

/** Where a run of the CLI reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  stdout: { write: (text: string) => unknown };
  stderr: { write: (text: string) => unknown };
  /** For the language (LANG, LC_ALL, LC_MESSAGES). */
  env: Readonly<Record<string, string | undefined>>;
  /** Where relative paths are taken from. */
  cwd: string;
}
