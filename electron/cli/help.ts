import { wrap } from './format';
import { globalOptions } from './globalOptions';
import type { CliCommand, CliOption, Translate } from './types';

export const PROGRAM = 'npm run cli --';
const INDENT = '      ';
const WIDTH = 96;

function optionName(name: string, o: CliOption): string {
  const long = `--${name}${o.valueName ? ` ${o.valueName}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : long;
}

/** `check FILE [--json]`: positionals, then required options bare and the rest in brackets. */
export function usageLine(c: CliCommand): string {
  const parts = [c.name, ...(c.positionals ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name))];
  for (const [name, o] of Object.entries(c.options ?? {})) {
    const text = `--${name}${o.valueName ? ` ${o.valueName}` : ''}`;
    parts.push(o.required ? text : `[${text}]`);
  }
  return parts.join(' ');
}

function described(text: string, indent: string): string[] {
  return wrap(text, WIDTH - indent.length).map((l) => indent + l);
}

function optionLines(options: Readonly<Record<string, CliOption>>, indent: string, t: Translate): string[] {
  const entries = Object.entries(options);
  const width = Math.max(...entries.map(([n, o]) => optionName(n, o).length));
  return entries.flatMap(([n, o]) => {
    const head = `${indent}${optionName(n, o).padEnd(width)}  `;
    const [first = '', ...more] = wrap(t(o.descriptionKey, o.descriptionParams), WIDTH - head.length);
    return [head + first, ...more.map((l) => ' '.repeat(head.length) + l)];
  });
}

function commandBlock(c: CliCommand, detailed: boolean, t: Translate): string[] {
  const lines = [`  ${usageLine(c)}`, ...described(t(c.summaryKey), INDENT)];
  for (const p of c.positionals ?? []) lines.push(...described(`${p.name}: ${t(p.descriptionKey)}`, INDENT));
  if (c.options && Object.keys(c.options).length > 0) lines.push(...optionLines(c.options, INDENT, t));
  if (detailed) for (const key of c.noteKeys ?? []) lines.push(...described(t(key, { program: PROGRAM }), INDENT));
  return lines;
}

/** The full usage in the run's language: every command with its arguments and options. */
export function fullHelp(commands: readonly CliCommand[], t: Translate): string {
  return [
    t('cli.help.intro'),
    '',
    t('cli.help.usage', { program: PROGRAM }),
    `       ${t('cli.help.direct')}`,
    '',
    t('cli.help.commands'),
    ...commands.flatMap((c) => [...commandBlock(c, false, t), '']),
    t('cli.help.globalOptions'),
    ...optionLines(globalOptions, '  ', t),
    '',
    ...[t('cli.help.clusterNote'), t('cli.help.pathsNote'), t('cli.help.language'), t('cli.help.exitCodes'), t('cli.help.more', { program: PROGRAM })].flatMap(
      (text) => wrap(text, WIDTH),
    ),
  ].join('\n');
}

/** Help for one command, with its examples. */
export function commandHelp(c: CliCommand, t: Translate): string {
  return [
    t('cli.help.commandUsage', { program: PROGRAM, usage: usageLine(c) }),
    '',
    ...commandBlock(c, true, t),
    '',
    t('cli.help.globalOptions'),
    ...optionLines(globalOptions, '  ', t),
  ].join('\n');
}
