import { checkCommand } from './checkCommand';
import { clusterCommand, clustersCommand } from './clusterCommands';
import { commandHelp, fullHelp } from './help';
import type { CliCommand } from './types';
import { UsageError } from './types';
import { demoCommand, exportJsonCommand, importJsonCommand } from './workspaceCommands';

/**
 * Every command of the CLI, in the order `--help` lists them. A later feature adds its
 * commands here (one object each, usually from a file of its own beside this one).
 */
export const commands: CliCommand[] = [demoCommand, exportJsonCommand, importJsonCommand, checkCommand, clustersCommand, clusterCommand];

export const helpCommand: CliCommand = {
  name: 'help',
  summary: 'Show this help, or one command’s help with examples.',
  summaryId: 'Tampilkan bantuan ini, atau bantuan satu perintah beserta contoh.',
  positionals: [{ name: '[COMMAND]', description: 'A command name (optional).' }],
  run: ({ positionals }, ctx) => {
    const name = positionals[0];
    if (name === undefined) {
      ctx.out(fullHelp(allCommands()));
      return Promise.resolve(0);
    }
    const c = findCommand(name);
    if (!c) throw new UsageError(`Unknown command "${name}".`);
    ctx.out(commandHelp(c));
    return Promise.resolve(0);
  },
};

export function allCommands(): CliCommand[] {
  return [...commands, helpCommand];
}

export function findCommand(name: string): CliCommand | undefined {
  return allCommands().find((c) => c.name === name);
}
