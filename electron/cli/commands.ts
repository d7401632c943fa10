import { features } from '../services/features';
import { commandHelp, fullHelp } from './help';
import { type CliCommand, UsageError } from './types';

const helpCommand: CliCommand = {
  name: 'help',
  summaryKey: 'cli.commands.help.summary',
  positionals: [{ name: 'COMMAND', descriptionKey: 'cli.commands.help.command', optional: true }],
  run: ({ positionals }, ctx) => {
    const name = positionals[0];
    if (name === undefined) {
      ctx.out(fullHelp(allCommands(), ctx.t));
      return Promise.resolve(0);
    }
    const c = findCommand(name);
    if (!c) throw new UsageError('cli.usage.unknownCommand', { name });
    ctx.out(commandHelp(c, ctx.t));
    return Promise.resolve(0);
  },
};

/** Every command of the CLI, `help` last. */
export function allCommands(): CliCommand[] {
  // Each feature brings its own (electron/services/features.ts), in the order `--help` lists them.
  return [...features.flatMap((f) => f.cli ?? []), helpCommand];
}

export function findCommand(name: string): CliCommand | undefined {
  return allCommands().find((c) => c.name === name);
}
