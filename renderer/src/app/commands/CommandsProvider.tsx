import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Language } from '../../../../shared/contract';
import { useAppState } from '../AppState';
import { notifyError } from '../notify';
import { allCommands } from './allCommands';
import { isEnabled, type Command, type CommandContext } from './Command';
import { CommandsContext, type Commands } from './commandsContext';

/** Holds the command list and runs commands with the app's current state; inside the router and the app state. */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const app = useAppState();
  const [location, navigate] = useLocation();
  const { t, i18n } = useTranslation();
  const [contributed, setContributed] = useState<readonly (readonly Command[])[]>([]);
  const commands = useMemo(() => [...allCommands, ...contributed.flat()], [contributed]);
  const ctx = useMemo<CommandContext>(() => ({ app, location, navigate, language: i18n.language as Language, t }), [app, location, navigate, i18n.language, t]);

  const enabledNow = useCallback(
    (name: string) => {
      const command = commands.find((c) => c.name === name);
      return !!command && isEnabled(command, ctx);
    },
    [commands, ctx],
  );

  const run = useCallback(
    async (name: string, arg?: string) => {
      const command = commands.find((c) => c.name === name);
      if (!command || !isEnabled(command, ctx)) return;
      try {
        await command.run(ctx, arg);
      } catch (e) {
        notifyError(e);
      }
    },
    [commands, ctx],
  );

  const contribute = useCallback((list: readonly Command[]) => {
    setContributed((all) => [...all, list]);
    return () => setContributed((all) => all.filter((l) => l !== list));
  }, []);

  const value = useMemo<Commands>(() => ({ commands, isEnabled: enabledNow, run, contribute }), [commands, enabledNow, run, contribute]);
  return <CommandsContext.Provider value={value}>{children}</CommandsContext.Provider>;
}
