/**
 * The one list of commands, declared where both processes can read it: the Electron main
 * process builds its menu from it, the renderer attaches what each command does and when it
 * is enabled (`renderer/src/app/commands/`), and its toolbar, keyboard and command palette read
 * the same list. The renderer carries every command out; the menu only names it.
 */

/** Menus of the menu bar that commands can join (the in-app menu shows `file` and `help`). */
export type TopMenu = 'file' | 'edit' | 'view' | 'help';

/** Where a command sits in the menus. */
export interface MenuPlace {
  menu: TopMenu;
  /** Items of one group stand together, between separators; groups follow their first item's order in the list. */
  group: string;
  /** Catalog key of a submenu the item goes into (the languages under View → Language). */
  submenuKey?: string;
  /** Catalog key of a shorter label where the menu already gives the context. */
  labelKey?: string;
}

/** What both processes know of a command. */
export interface CommandSpec {
  /** Unique; sent from the menu to the renderer. */
  name: string;
  /** Catalog key of its label, the same in menus, toolbar tooltips and the palette. */
  labelKey: string;
  /**
   * Keys, e.g. `Mod+Shift+Z` (Mod is Ctrl, or Cmd on macOS), `F5`, `Escape`. All of them work;
   * menus show the first. The renderer handles every shortcut, in Electron as in a browser.
   */
  shortcuts?: readonly string[];
  /** The shortcut works while typing in a text field too; by default the field keeps its keys (Ctrl+Z undoes the typing). */
  inTextFields?: boolean;
  menu?: MenuPlace;
  /** False for commands the palette leaves out: those needing an argument or duplicating another. */
  palette?: boolean;
}

/** The app's own commands. */
export const coreCommandSpecs = [
  { name: 'newWorkspace', labelKey: 'menu.newWorkspace', shortcuts: ['Mod+N'], inTextFields: true, menu: { menu: 'file', group: 'open' } },
  { name: 'openWorkspace', labelKey: 'menu.open', shortcuts: ['Mod+O'], inTextFields: true, menu: { menu: 'file', group: 'open' } },
  // Shown in the menus as the recent files themselves, each carrying its path as the argument.
  { name: 'openRecent', labelKey: 'menu.openRecent', menu: { menu: 'file', group: 'open' }, palette: false },
  { name: 'openDemo', labelKey: 'menu.openDemo', menu: { menu: 'file', group: 'open' } },
  { name: 'openFreshDemo', labelKey: 'commands.openFreshDemo', menu: { menu: 'file', group: 'open' } },
  { name: 'saveCopy', labelKey: 'menu.saveCopy', shortcuts: ['Mod+Shift+S'], inTextFields: true, menu: { menu: 'file', group: 'copy' } },
  { name: 'restoreBackup', labelKey: 'menu.restoreBackup', menu: { menu: 'file', group: 'copy' } },
  { name: 'exportJson', labelKey: 'menu.exportJson', menu: { menu: 'file', group: 'json' } },
  { name: 'importJson', labelKey: 'menu.importJson', menu: { menu: 'file', group: 'json' } },
  { name: 'closeWorkspace', labelKey: 'menu.close', shortcuts: ['Mod+W'], inTextFields: true, menu: { menu: 'file', group: 'close' } },
  { name: 'undo', labelKey: 'menu.undo', shortcuts: ['Mod+Z'], menu: { menu: 'edit', group: 'history' } },
  { name: 'redo', labelKey: 'menu.redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], menu: { menu: 'edit', group: 'history' } },
  {
    name: 'commandPalette',
    labelKey: 'commands.palette',
    shortcuts: ['Mod+K'],
    inTextFields: true,
    menu: { menu: 'view', group: 'palette' },
    palette: false,
  },
  { name: 'togglePresentation', labelKey: 'menu.presentation', shortcuts: ['F5'], inTextFields: true, menu: { menu: 'view', group: 'presentation' } },
  // Escape only leaves: in the palette it would repeat the toggle.
  { name: 'leavePresentation', labelKey: 'presentation.exit', shortcuts: ['Escape'], inTextFields: true, palette: false },
  {
    name: 'languageId',
    labelKey: 'commands.languageId',
    menu: { menu: 'view', group: 'language', submenuKey: 'menu.language', labelKey: 'commands.languageNames.id' },
  },
  {
    name: 'languageEn',
    labelKey: 'commands.languageEn',
    menu: { menu: 'view', group: 'language', submenuKey: 'menu.language', labelKey: 'commands.languageNames.en' },
  },
  { name: 'about', labelKey: 'menu.about', menu: { menu: 'help', group: 'about' } },
] as const satisfies readonly CommandSpec[];

/**
 * Every command the menu can name. A feature whose commands belong in the menu bar appends its
 * own spec array here (`...mapCommandSpecs`); commands the menu never shows can live in the
 * renderer alone (see `renderer/src/app/commands/allCommands.ts`).
 */
export const commandSpecs = [...coreCommandSpecs] as const satisfies readonly CommandSpec[];

/** The name of a command the menu can send (declare a feature's specs `as const` so its names join). */
export type AppCommand = (typeof commandSpecs)[number]['name'];

/** A command name the renderer knows: the preload drops anything else coming from the main process. */
export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && commandSpecs.some((c: CommandSpec) => c.name === value);
}
