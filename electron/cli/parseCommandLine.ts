import { parseArgs, type ParseArgsConfig } from 'node:util';
import { globalOptions } from './globalOptions';
import { type CliCommand, type CliOption, type CommandArgs, UsageError } from './types';

type ParseOptions = NonNullable<ParseArgsConfig['options']>;

function toParseOptions(options: Readonly<Record<string, CliOption>>): ParseOptions {
  const out: ParseOptions = {};
  for (const [name, o] of Object.entries(options)) out[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  return out;
}

/** The command line as parseArgs reads it, leniently: every check is ours, so every message is from the catalogs. */
function tokensOf(argv: readonly string[], options: Readonly<Record<string, CliOption>>) {
  return parseArgs({ args: [...argv], options: toParseOptions(options), strict: false, allowPositionals: true, tokens: true }).tokens;
}

/** The command name is the first positional, wherever global options stand (`--data-dir D check F`). */
export function splitCommand(argv: readonly string[]): { name: string | undefined; rest: string[] } {
  const first = tokensOf(argv, globalOptions).find((t) => t.kind === 'positional');
  if (!first) return { name: undefined, rest: [...argv] };
  return { name: first.value, rest: argv.filter((_, i) => i !== first.index) };
}

/** The global options, read before the command is known (its language, data folder, help). */
export function readGlobalOptions(argv: readonly string[]): { dataDir?: string; lang?: string; help: boolean } {
  const found: { dataDir?: string; lang?: string; help: boolean } = { help: false };
  for (const t of tokensOf(argv, globalOptions)) {
    if (t.kind !== 'option') continue;
    if (t.name === 'data-dir' && t.value !== undefined) found.dataDir = t.value;
    if (t.name === 'lang' && t.value !== undefined) found.lang = t.value;
    if (t.name === 'help') found.help = true;
  }
  return found;
}

/**
 * A command's arguments, checked: every option known and given a value exactly when it
 * takes one, the positionals counted, the required options present. With --help only the
 * options are checked.
 */
export function parseCommandArgs(c: CliCommand, argv: readonly string[]): CommandArgs {
  const options = { ...globalOptions, ...c.options };
  const values: CommandArgs['values'] = {};
  const positionals: string[] = [];
  for (const t of tokensOf(argv, options)) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    const o = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    if (!o) throw new UsageError('cli.usage.unknownOption', { option: t.rawName }, c.name);
    if (o.type === 'boolean' && t.value !== undefined) throw new UsageError('cli.usage.noValue', { option: `--${t.name}` }, c.name);
    // `--cluster --json`: an option where the value should be is taken for a forgotten value (`--cluster=-x` still works)
    const optionLike = t.value !== undefined && !t.inlineValue && t.value.length > 1 && t.value.startsWith('-');
    if (o.type === 'string' && (t.value === undefined || optionLike)) throw new UsageError('cli.usage.missingValue', { option: `--${t.name}` }, c.name);
    values[t.name] = o.type === 'string' ? t.value : true;
  }
  if (values.help === true) return { values, positionals };
  const declared = c.positionals ?? [];
  const needed = declared.filter((p) => !p.optional).length;
  if (positionals.length < needed) throw new UsageError('cli.usage.missingArgument', { name: declared[positionals.length]!.name }, c.name);
  if (positionals.length > declared.length) throw new UsageError('cli.usage.unexpectedArgument', { value: positionals[declared.length]! }, c.name);
  for (const [name, o] of Object.entries(c.options ?? {})) {
    if (o.required && (values[name] === undefined || values[name] === '')) throw new UsageError('cli.usage.missingOption', { option: name }, c.name);
  }
  return { values, positionals };
}
