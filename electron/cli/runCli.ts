import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/contract/errors';
import { defaultDataDir } from '../services/app/defaultPaths';
import { projectRoot, readAppVersion } from '../services/app/projectRoot';
import { workspaceSchema } from '../services/features';
import { cliLanguage, parseLanguage } from './cliLanguage';
import { cliTranslator } from './cliTranslator';
import { findCommand, allCommands } from './commands';
import { createCliRuntime } from './context';
import { commandHelp, fullHelp, PROGRAM, usageLine } from './help';
import { parseCommandArgs, readGlobalOptions, splitCommand } from './parseCommandLine';
import { type CliContext, type CliIo, UsageError } from './types';

async function runCommand(name: string | undefined, rest: string[], ctx: CliContext): Promise<number> {
  if (name === undefined) {
    if (readGlobalOptions(rest).help) {
      ctx.out(fullHelp(allCommands(), ctx.t));
      return 0;
    }
    throw new UsageError('cli.usage.noCommand');
  }
  const command = findCommand(name);
  if (!command) throw new UsageError('cli.usage.unknownCommand', { name });
  const args = parseCommandArgs(command, rest);
  if (args.values.help === true) {
    ctx.out(commandHelp(command, ctx.t));
    return 0;
  }
  return command.run(args, ctx);
}

/** Prints a failure in the run's language; returns the exit code. */
function reportFailure(e: unknown, name: string | undefined, ctx: CliContext): number {
  if (e instanceof UsageError) {
    ctx.err(ctx.t('cli.errorLine', { message: ctx.t(e.key, e.params) }));
    const c = e.command === undefined ? undefined : findCommand(e.command);
    ctx.err(c ? ctx.t('cli.usage.usage', { program: PROGRAM, usage: usageLine(c), name: c.name }) : ctx.t('cli.usage.seeHelp', { program: PROGRAM }));
    return 2;
  }
  if (!(e instanceof AppError)) ctx.log('error', `cli ${name ?? ''} failed`, e instanceof Error ? { message: e.message, stack: e.stack } : e);
  ctx.reportError(e instanceof AppError ? e : new AppError('internal'));
  return 1;
}

/**
 * The whole CLI as a function: parses `argv`, runs the command over the app's services,
 * prints to `io` in the user's language (--lang, else LANG / LC_ALL / LC_MESSAGES), and
 * always shuts the services down (closing workspaces, releasing locks) before it answers
 * the exit code: 0 success, 1 failure, 2 wrong command line. Tests call it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { name, rest } = splitCommand(argv);
  const globals = readGlobalOptions(rest);
  const chosen = globals.lang === undefined ? undefined : parseLanguage(globals.lang);
  const translator = cliTranslator(chosen ?? cliLanguage(io.env));
  const root = projectRoot(path.dirname(fileURLToPath(import.meta.url)));
  const runtime = createCliRuntime({
    io,
    translator,
    dataDir: path.resolve(io.cwd, globals.dataDir ?? defaultDataDir()),
    projectRoot: root,
    appVersion: readAppVersion(root),
    schema: workspaceSchema,
  });
  const { ctx } = runtime;
  let code: number;
  try {
    if (globals.lang !== undefined && !chosen) throw new UsageError('cli.usage.badLanguage', { value: globals.lang });
    code = await runCommand(name, rest, ctx);
  } catch (e) {
    code = reportFailure(e, name, ctx);
  }
  try {
    await runtime.shutdown();
  } catch (e) {
    ctx.err(ctx.t('cli.closeFailed', { detail: e instanceof Error ? e.message : String(e) }));
    code ||= 1;
  }
  return code;
}
