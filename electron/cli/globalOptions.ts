import { defaultDataDir } from '../services/app/defaultPaths';
import type { CliOption } from './types';

/** Options every command accepts. */
export const globalOptions: Readonly<Record<string, CliOption>> = {
  'data-dir': { type: 'string', valueName: 'DIR', descriptionKey: 'cli.options.dataDir', descriptionParams: { dir: defaultDataDir() } },
  lang: { type: 'string', valueName: 'id|en', descriptionKey: 'cli.options.lang' },
  help: { type: 'boolean', short: 'h', descriptionKey: 'cli.options.help' },
};
