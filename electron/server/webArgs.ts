import { parseArgs } from 'node:util';
import { cliLanguage } from '../cli/cliLanguage';
import { cliTranslator } from '../cli/cliTranslator';
import { defaultDataDir, defaultWorkspacesDir } from '../services/app/defaultPaths';

/** How the usage names the command: what the facilitator types. */
export const WEB_PROGRAM = 'npm run web --';

/** What browser mode is asked to do, once the command line is known to be right. */
export interface WebOptions {
  /** 0: a free port chosen by the system. */
  port: number;
  dataDir?: string;
  workspacesDir?: string;
}

/** The command line read: run with these options, print the usage (exit 0), or refuse it (exit 2). */
export type WebArgs = { kind: 'run'; options: WebOptions } | { kind: 'help'; text: string } | { kind: 'usageError'; text: string };

interface WebOption {
  type: 'string' | 'boolean';
  short?: string;
  valueName?: string;
  descriptionKey: string;
  descriptionParams?: () => Record<string, string>;
}

const OPTIONS: Readonly<Record<string, WebOption>> = {
  port: { type: 'string', valueName: 'PORT', descriptionKey: 'web.usage.port' },
  'data-dir': { type: 'string', valueName: 'DIR', descriptionKey: 'web.usage.dataDir', descriptionParams: () => ({ dir: defaultDataDir() }) },
  'workspaces-dir': { type: 'string', valueName: 'DIR', descriptionKey: 'web.usage.workspacesDir', descriptionParams: () => ({ dir: defaultWorkspacesDir() }) },
  help: { type: 'boolean', short: 'h', descriptionKey: 'web.usage.help' },
};

function usage(t: (key: string, params?: Record<string, unknown>) => string): string {
  const names = Object.entries(OPTIONS).map(([name, o]) => {
    const long = `--${name}${o.valueName ? ` ${o.valueName}` : ''}`;
    return o.short ? `-${o.short}, ${long}` : long;
  });
  const width = Math.max(...names.map((n) => n.length));
  const lines = Object.values(OPTIONS).map((o, i) => `  ${names[i]!.padEnd(width)}  ${t(o.descriptionKey, o.descriptionParams?.())}`);
  return [t('web.usage.intro'), '', t('web.usage.usage', { program: WEB_PROGRAM }), '', t('web.usage.options'), ...lines, '', t('web.usage.exitCodes')].join(
    '\n',
  );
}

/**
 * Reads `npm run web`'s command line before anything is built, so `--help` answers at once
 * and a mistyped option is named in the user's language (LC_ALL, LC_MESSAGES, LANG) instead
 * of failing after the build. parseArgs reads leniently; every check is ours, with the same
 * wording as the CLI's.
 */
export function parseWebArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): WebArgs {
  const { t } = cliTranslator(cliLanguage(env));
  const refuse = (key: string, params: Record<string, string>): WebArgs => ({
    kind: 'usageError',
    text: `${t(key, params)}\n${t('cli.usage.seeHelp', { program: WEB_PROGRAM })}`,
  });
  const config = Object.fromEntries(Object.entries(OPTIONS).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]));
  const { tokens } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | true> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') return refuse('cli.usage.unexpectedArgument', { value: token.value });
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name] : undefined;
    if (!option) return refuse('cli.usage.unknownOption', { option: token.rawName });
    if (option.type === 'boolean' && token.value !== undefined) return refuse('cli.usage.noValue', { option: `--${token.name}` });
    // `--port --help`: an option where the value should be is a forgotten value (`--data-dir=-x` still works).
    const optionLike = token.value !== undefined && !token.inlineValue && token.value.length > 1 && token.value.startsWith('-');
    if (option.type === 'string' && (token.value === undefined || optionLike)) return refuse('cli.usage.missingValue', { option: `--${token.name}` });
    values[token.name] = token.value ?? true;
  }
  if (values.help === true) return { kind: 'help', text: usage(t) };
  const port = typeof values.port === 'string' ? values.port : '0';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return refuse('web.usage.badPort', { value: port });
  const options: WebOptions = { port: Number(port) };
  if (typeof values['data-dir'] === 'string') options.dataDir = values['data-dir'];
  if (typeof values['workspaces-dir'] === 'string') options.workspacesDir = values['workspaces-dir'];
  return { kind: 'run', options };
}
