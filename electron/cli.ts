import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../shared/contract/errors';
import { defaultDataDir } from './services/app/defaultPaths';
import { projectRoot, readAppVersion } from './services/app/projectRoot';
import { allCommands, findCommand } from './cli/commands';
import { createCliRuntime, userCwd } from './cli/context';
import { commandHelp, fullHelp, globalOptions, usageLine } from './cli/help';
import { errorMessage } from './cli/messages';
import { CallFailed, type CliCommand, type CliOption, UsageError } from './cli/types';

/*
 * `npm run cli -- <command> ...`: the CLI over the same services as the app. Commands
 * live in a table (electron/cli/commands.ts); this file parses, dispatches, prints errors
 * and always shuts the services down (closing workspaces, releasing locks) before exiting.
 */

type ParseOptions = NonNullable<ParseArgsConfig['options']>;

function toParseOptions(options: Record<string, CliOption>): ParseOptions {
  const out: ParseOptions = {};
  for (const [name, o] of Object.entries(options)) out[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  return out;
}

/** Finds the command name: the first positional, wherever global options stand. */
function splitCommand(argv: string[]): { name: string | undefined; rest: string[] } {
  const { tokens } = parseArgs({ args: argv, options: toParseOptions(globalOptions), strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((t) => t.kind === 'positional');
  if (!first || first.kind !== 'positional') return { name: undefined, rest: argv };
  return { name: first.value, rest: argv.filter((_, i) => i !== first.index) };
}

function parseFor(c: CliCommand, args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: toParseOptions({ ...globalOptions, ...c.options }), strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.split('\n')[0]! : String(e), c.name);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { values, positionals: parsed.positionals };
  const declared = c.positionals ?? [];
  const needed = declared.filter((p) => !p.name.startsWith('[')).length;
  if (parsed.positionals.length < needed) throw new UsageError(`Missing ${declared[parsed.positionals.length]!.name}.`, c.name);
  if (parsed.positionals.length > declared.length) throw new UsageError(`Unexpected argument "${parsed.positionals[declared.length]}".`, c.name);
  for (const r of c.required ?? []) {
    if (values[r] === undefined || values[r] === '') throw new UsageError(`Missing --${r}.`, c.name);
  }
  return { values, positionals: parsed.positionals };
}

async function main(argv: string[]): Promise<number> {
  const root = projectRoot(path.dirname(fileURLToPath(import.meta.url)));
  const { name, rest } = splitCommand(argv);
  const early = parseArgs({ args: rest, options: toParseOptions(globalOptions), strict: false, allowPositionals: true });
  const dataDirArg = early.values['data-dir'];
  const runtime = createCliRuntime({
    dataDir: path.resolve(userCwd(), typeof dataDirArg === 'string' ? dataDirArg : defaultDataDir()),
    projectRoot: root,
    appVersion: readAppVersion(root),
  });
  const { ctx } = runtime;

  let command: CliCommand | undefined;
  try {
    if (name === undefined) {
      if (early.values.help) {
        ctx.out(fullHelp(allCommands()));
        return 0;
      }
      throw new UsageError('No command given.');
    }
    command = findCommand(name);
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    const args = parseFor(command, rest);
    if (args.values.help) {
      ctx.out(commandHelp(command));
      return 0;
    }
    return await command.run(args, ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.err(`Error: ${e.message}`);
      const c = e.command ? findCommand(e.command) : undefined;
      ctx.err(c ? `Usage: npm run cli -- ${usageLine(c)}   (see: npm run cli -- help ${c.name})` : 'See: npm run cli -- --help');
      return 2;
    }
    if (e instanceof AppError || e instanceof CallFailed) {
      const logFile = path.join(ctx.dataDir, 'logs', 'sentra.log');
      ctx.err(`Error: ${errorMessage(e.code, { ...e.params, log: logFile })}`);
      return 1;
    }
    ctx.log('error', `cli ${command?.name ?? ''} failed`, e instanceof Error ? { message: e.message, stack: e.stack } : e);
    ctx.err(`Error: something unexpected went wrong: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    try {
      await runtime.shutdown();
    } catch (e) {
      ctx.err(`Error while closing: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  }
}

// `npm run cli -- export-json F --out - | head`: a reader that stops early is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): let stdout drain (export-json --out - can be large)
    process.exitCode = process.exitCode || code;
  },
  (e: unknown) => {
    process.stderr.write(`Error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
