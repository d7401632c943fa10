import en from '../../shared/i18n/en.json';
import type { ErrorCode } from '../../shared/contract/errors';

type Params = Record<string, string | number>;

/**
 * Where the app's English wording (written for windows and menus) does not fit a
 * terminal. Every other code uses the catalog's `errors.<code>` text, so the CLI and the
 * app say the same thing.
 */
const cliWording: Partial<Record<ErrorCode, string>> = {
  invalidInput: 'Invalid input ({{field}}): {{message}}',
  unknownCall: 'Unknown API call (a bug in the CLI).',
  internal: 'Something unexpected went wrong. Details are in {{log}}.',
  notFound: 'Nothing matches “{{query}}”.',
  alreadyOpen: 'This workspace is already open in this process: {{path}}',
  lockedElsewhere:
    'This workspace is in use by another program (the Sentra app, browser mode or another CLI run): {{path}}. Close it there first, then try again. The file was not changed.',
  corrupt:
    'This file is damaged and was not opened: {{path}}. It was not changed. Restore a backup (app: File → Restore from backup; the copies are under the data folder’s backups/).',
  unsupportedHere: 'Not available from the command line.',
};

/** A catalog entry by dotted key (`errors.corrupt`), or undefined. */
function lookup(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Schema messages are catalog keys (`validation.required`): show their English text. */
function readable(value: string | number): string {
  if (typeof value === 'string' && /^validation\.\w+$/.test(value)) return lookup(value) ?? value;
  return String(value);
}

/** Fills `{{name}}` placeholders; a missing parameter leaves nothing behind. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (params[name] === undefined ? '' : readable(params[name])));
}

/** The English message for an error code and its parameters. */
export function errorMessage(code: string, params: Params = {}): string {
  const template = cliWording[code as ErrorCode] ?? lookup(`errors.${code}`);
  if (template === undefined) return `Error ${code} ${JSON.stringify(params)}`;
  return fill(template, params).replace(/\(\): /, ': ').replace(/ \(\)/, '');
}

/** An English label from the app's catalog (`clusters.groups.metal`), or `fallback`. */
export function label(key: string, fallback = key): string {
  return lookup(key) ?? fallback;
}
