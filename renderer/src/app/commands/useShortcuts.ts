import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect } from 'react';
import { useCommands } from './commandsContext';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Escape inside an open dialog or menu closes that, and must not also leave presentation mode. */
function inOverlay(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], [role="menu"]') !== null;
}

/**
 * The keyboard side of the command list: the first enabled command whose shortcut matches runs.
 * Inside a text field only commands marked `inTextFields` listen, so Ctrl+Z there stays the field's.
 */
export function useShortcuts(): void {
  const { commands, isEnabled, run } = useCommands();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const typing = isEditable(e.target);
      const overlay = inOverlay(e.target);
      for (const command of commands) {
        if (!command.shortcuts || (typing && !command.inTextFields) || !isEnabled(command.name)) continue;
        for (const shortcut of command.shortcuts) {
          if (overlay && shortcut === 'Escape') continue;
          // Mantine's matcher (Mod = Ctrl or Cmd) prevents the default when the keys match.
          getHotkeyHandler([[shortcut, () => void run(command.name)]])(e);
          if (e.defaultPrevented) return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands, isEnabled, run]);
}
