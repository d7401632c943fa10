import en from '../../shared/i18n/en.json';
import type { ErrorCode } from '../../shared/contract/errors';
import { wordParams } from '../../shared/i18n/wordParams';

type Params = Record<string, string | number>;

/**
 * Where the app's English wording (written for windows and menus) does not fit a
 * terminal. Every other code uses the catalog's `errors.<code>` text, so the CLI and the
 * app say the same thing.
 */
const cliWording: Partial<Record<ErrorCode, string>> = {
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

/** Fills `{{name}}` placeholders with text or numbers; anything else leaves nothing behind. */
function fill(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}

/** The English message for an error code and its parameters. */
export function errorMessage(code: string, params: Params = {}): string {
  const template = cliWording[code as ErrorCode] ?? lookup(`errors.${code}`);
  if (template === undefined) return `Error ${code} ${JSON.stringify(params)}`;
  // Schema messages arrive as catalog keys (`validation.required`): shown in English here.
  const worded = wordParams(params, (key, values) => fill(lookup(key) ?? key, values ?? {}));
  return fill(template, worded)
    .replace(/\(\): /, ': ')
    .replace(/ \(\)/, '');
}

/** An English label from the app's catalog (`clusters.groups.metal`), or `fallback`. */
export function label(key: string, fallback = key): string {
  return lookup(key) ?? fallback;
}
