import { createContext, useContext, useEffect } from 'react';
import type { Command } from './Command';

/** The command list as the shell offers it to its parts. */
export interface Commands {
  /** Every command: the app's, the features' and those of the screens now shown. */
  commands: readonly Command[];
  isEnabled: (name: string) => boolean;
  /** Runs a command if it is enabled now; failures are shown, never thrown. */
  run: (name: string, arg?: string) => Promise<void>;
  /** Adds commands until the returned function is called. */
  contribute: (commands: readonly Command[]) => () => void;
}

export const CommandsContext = createContext<Commands | null>(null);

export function useCommands(): Commands {
  const ctx = useContext(CommandsContext);
  if (!ctx) throw new Error('useCommands outside CommandsProvider');
  return ctx;
}

/**
 * Offers commands while the calling screen is shown (previous/next cluster, a canvas's layout):
 * they may close over the screen's state. Pass a memoised array; shortcuts must not clash with
 * the app's (the keyboard runs the first enabled command for a key).
 */
export function useScreenCommands(commands: readonly Command[]): void {
  const { contribute } = useCommands();
  useEffect(() => contribute(commands), [contribute, commands]);
}
