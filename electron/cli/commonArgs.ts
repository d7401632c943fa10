import type { CliOption, CliPositional } from './types';

/** `FILE`: the workspace a command works on. */
export const workspaceFileArg: CliPositional = { name: 'FILE', descriptionKey: 'cli.args.workspaceFile' };

/** `--json`: machine-readable output instead of text. */
export const jsonOption: CliOption = { type: 'boolean', descriptionKey: 'cli.options.json' };
