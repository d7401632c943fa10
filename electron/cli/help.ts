import { defaultDataDir } from '../services/app/defaultPaths';
import type { CliCommand, CliOption } from './types';
import { wrap } from './format';

/** Options every command accepts. */
export const globalOptions: Record<string, CliOption> = {
  'data-dir': {
    type: 'string',
    valueName: 'DIR',
    description: `Folder for settings, logs and backups (default: the app’s own, ${defaultDataDir()}).`,
    descriptionId: 'Folder untuk pengaturan, log dan cadangan (bawaan: folder data aplikasi).',
  },
  help: { type: 'boolean', short: 'h', description: 'Show help.', descriptionId: 'Tampilkan bantuan.' },
};

const PROGRAM = 'npm run cli --';
const INDENT = '      ';
const WIDTH = 96;

function optionName(name: string, o: CliOption): string {
  const long = `--${name}${o.valueName ? ` ${o.valueName}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : long;
}

/** `check FILE [--json]`: positionals, then required options bare and the rest in brackets. */
export function usageLine(c: CliCommand): string {
  const parts = [c.name, ...(c.positionals ?? []).map((p) => p.name)];
  for (const [name, o] of Object.entries(c.options ?? {})) {
    const text = `--${name}${o.valueName ? ` ${o.valueName}` : ''}`;
    parts.push(c.required?.includes(name) ? text : `[${text}]`);
  }
  return parts.join(' ');
}

function described(text: string, indent: string): string[] {
  return wrap(text, WIDTH - indent.length).map((l) => indent + l);
}

function optionLines(options: Record<string, CliOption>, indent: string): string[] {
  const entries = Object.entries(options);
  const width = Math.max(...entries.map(([n, o]) => optionName(n, o).length));
  return entries.flatMap(([n, o]) => {
    const head = `${indent}${optionName(n, o).padEnd(width)}  `;
    const pad = ' '.repeat(head.length);
    const [first = '', ...more] = wrap(o.description, WIDTH - head.length);
    const lines = [head + first, ...more.map((l) => pad + l)];
    if (o.descriptionId) lines.push(...wrap(`ID: ${o.descriptionId}`, WIDTH - head.length).map((l) => pad + l));
    return lines;
  });
}

function commandBlock(c: CliCommand, detailed: boolean): string[] {
  const lines = [`  ${usageLine(c)}`, ...described(c.summary, INDENT)];
  if (c.summaryId) lines.push(...described(`ID: ${c.summaryId}`, INDENT));
  for (const p of c.positionals ?? []) lines.push(...described(`${p.name}: ${p.description}`, INDENT));
  if (c.options && Object.keys(c.options).length > 0) lines.push(...optionLines(c.options, INDENT));
  if (detailed) for (const n of c.notes ?? []) lines.push(...described(n, INDENT));
  return lines;
}

/** The full usage: every command with its arguments and options, in English and Bahasa Indonesia. */
export function fullHelp(commands: readonly CliCommand[]): string {
  return [
    'Sentra command line: works on .sentra workspace files through the same services as the app.',
    'Baris perintah Sentra: bekerja pada berkas ruang kerja .sentra melalui layanan yang sama dengan aplikasi.',
    '',
    `Usage: ${PROGRAM} <command> [arguments] [options]`,
    '       (or: npx tsx electron/cli.ts <command> ...)',
    '',
    'Commands:',
    ...commands.flatMap((c) => [...commandBlock(c, false), '']),
    'Options for every command:',
    ...optionLines(globalOptions, '  '),
    '',
    'A --cluster value may be the cluster’s id, its full name (any case) or the start of its name that',
    'only one cluster has. Relative paths are taken from the folder you run the command in.',
    'Exit codes: 0 success; 1 failure (refused file, bad input, not found); 2 wrong command line.',
    `Run "${PROGRAM} help <command>" for one command with examples.`,
  ].join('\n');
}

/** Help for one command. */
export function commandHelp(c: CliCommand): string {
  return [`Usage: ${PROGRAM} ${usageLine(c)}`, '', ...commandBlock(c, true), '', 'Options for every command:', ...optionLines(globalOptions, '  ')].join('\n');
}
