import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/contract';
import type { CommandSpec } from '../../../../shared/contract/commands';
import type { useAppState } from '../AppState';

/** What a command may read and use when it runs or is asked whether it is enabled. */
export interface CommandContext {
  app: ReturnType<typeof useAppState>;
  location: string;
  navigate: (path: string) => void;
  language: Language;
  t: TFunction;
}

/** A command as the renderer knows it: the shared spec plus when it is enabled and what it does. */
export interface Command extends CommandSpec {
  /** Catalog key of its heading in the palette; by default the menu it sits in, else "Commands". */
  groupKey?: string;
  /** Absent means always enabled. Disabled commands are greyed in menus, left out of the palette and ignore their keys. */
  enabled?: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext, arg?: string) => void | Promise<void>;
}

export type CommandBehaviour = Pick<Command, 'enabled' | 'run'>;

/**
 * Attaches behaviour to shared specs by name. The record is typed by the specs' names, so a
 * spec left without behaviour (or behaviour for no spec) does not compile.
 */
export function bindCommands<const S extends readonly CommandSpec[]>(specs: S, behaviours: Record<S[number]['name'], CommandBehaviour>): Command[] {
  const byName: Record<string, CommandBehaviour> = behaviours;
  return specs.map((spec) => ({ ...spec, ...byName[spec.name]! }));
}

/** The catalog key of a command's heading in the palette. */
export function groupKeyOf(command: Command): string {
  return command.groupKey ?? (command.menu ? `menu.${command.menu.menu}` : 'commands.groups.commands');
}

/** Whether a command may run now. */
export function isEnabled(command: Command, ctx: CommandContext): boolean {
  return command.enabled?.(ctx) ?? true;
}
