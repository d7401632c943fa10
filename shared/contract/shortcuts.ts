/*
 * Shortcuts are written once, as `Mod+Shift+Z` (`Mod` is Ctrl, or Cmd on macOS), and turned
 * into what each reader needs: an Electron accelerator, a label for people, a key for comparing.
 */

const parts = (shortcut: string) => shortcut.split('+').map((p) => p.trim());

/** Electron's accelerator for a shortcut (`Mod+Shift+Z` → `CmdOrCtrl+Shift+Z`). */
export function acceleratorOf(shortcut: string): string {
  return parts(shortcut)
    .map((p) => (p === 'Mod' ? 'CmdOrCtrl' : p))
    .join('+');
}

const macSymbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃', Escape: 'Esc' };
const pcNames: Record<string, string> = { Mod: 'Ctrl', Escape: 'Esc' };

/** The shortcut as people read it: `Ctrl+Shift+Z`, or `⌘⇧Z` on macOS. */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  const names = isMac ? macSymbols : pcNames;
  return parts(shortcut)
    .map((p) => names[p] ?? (p.length === 1 ? p.toUpperCase() : p))
    .join(isMac ? '' : '+');
}

/** One spelling per key combination (modifiers sorted, case folded), to find two commands claiming the same keys. */
export function shortcutKey(shortcut: string): string {
  const all = parts(shortcut).map((p) => p.toLowerCase());
  const key = all.pop() ?? '';
  return [...all.sort(), key].join('+');
}
