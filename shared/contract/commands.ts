/**
 * Commands the user can give from the Electron menu, the in-app toolbar or the keyboard.
 * The renderer carries each out; the menu only names it.
 */
export const appCommands = [
  'newWorkspace',
  'openWorkspace',
  'openDemo',
  'openRecent',
  'saveCopy',
  'restoreBackup',
  'exportJson',
  'importJson',
  'closeWorkspace',
  'undo',
  'redo',
  'togglePresentation',
  'languageId',
  'languageEn',
  'about',
] as const;
export type AppCommand = (typeof appCommands)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (appCommands as readonly string[]).includes(value);
}
