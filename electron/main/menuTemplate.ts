import type { MenuItemConstructorOptions } from 'electron';
import { commandSpecs, type AppCommand, type CommandSpec, type TopMenu } from '../../shared/contract/commands';
import { acceleratorOf } from '../../shared/contract/shortcuts';

type Translate = (key: string) => string;
type Item = MenuItemConstructorOptions;

/**
 * The application menu in the user's language, built from the command list. Items only name a
 * command; the renderer carries it out, exactly as for its own toolbar. Accelerators are shown
 * but not registered: the renderer's keyboard handles every shortcut (so Ctrl+Z inside a text
 * field stays the field's own, and browser mode behaves the same).
 */
export function menuTemplate(
  t: Translate,
  recent: readonly { path: string; fileName: string }[],
  send: (command: AppCommand, arg?: string) => void,
  isMac: boolean,
  specs: readonly CommandSpec[] = commandSpecs,
): Item[] {
  // Role items get our labels too: Electron would otherwise name them in the OS language.
  const role = (r: NonNullable<Item['role']>, label: string): Item => ({ role: r, label: t(label) });
  const separator: Item = { type: 'separator' };

  const commandItem = (spec: CommandSpec): Item => {
    if (spec.name === 'openRecent') {
      return {
        label: t(spec.labelKey),
        submenu:
          recent.length > 0
            ? recent.map((r) => ({ label: r.fileName, toolTip: r.path, click: () => send('openRecent', r.path) }))
            : [{ label: t('menu.noRecent'), enabled: false }],
      };
    }
    const shortcut = spec.shortcuts?.[0];
    return {
      label: t(spec.menu?.labelKey ?? spec.labelKey),
      ...(shortcut ? { accelerator: acceleratorOf(shortcut), registerAccelerator: false } : {}),
      click: () => send(spec.name as AppCommand),
    };
  };

  /** A menu's commands, group by group with separators between, submenus gathered where their first item stands. */
  const commandsIn = (menu: TopMenu): Item[] => {
    const groups = new Map<string, Item[]>();
    const submenus = new Map<string, Item[]>();
    for (const spec of specs) {
      if (spec.menu?.menu !== menu) continue;
      const group = groups.get(spec.menu.group) ?? [];
      groups.set(spec.menu.group, group);
      const { submenuKey } = spec.menu;
      if (!submenuKey) {
        group.push(commandItem(spec));
        continue;
      }
      const sub = submenus.get(submenuKey);
      if (sub) sub.push(commandItem(spec));
      else {
        const items = [commandItem(spec)];
        submenus.set(submenuKey, items);
        group.push({ label: t(submenuKey), submenu: items });
      }
    }
    return [...groups.values()].flatMap((items, i) => (i === 0 ? items : [separator, ...items]));
  };

  const appMenu: Item = {
    label: 'Sentra',
    submenu: [
      ...specs.filter((s) => s.name === 'about').map(commandItem),
      separator,
      role('hide', 'menu.hide'),
      role('hideOthers', 'menu.hideOthers'),
      role('unhide', 'menu.showAll'),
      separator,
      role('quit', 'menu.quit'),
    ],
  };
  return [
    ...(isMac ? [appMenu] : []),
    { label: t('menu.file'), submenu: [...commandsIn('file'), ...(isMac ? [] : [separator, role('quit', 'menu.quit')])] },
    {
      label: t('menu.edit'),
      submenu: [
        ...commandsIn('edit'),
        separator,
        role('cut', 'menu.cut'),
        role('copy', 'menu.copy'),
        role('paste', 'menu.paste'),
        role('selectAll', 'menu.selectAll'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [...commandsIn('view'), separator, role('resetZoom', 'menu.resetZoom'), role('zoomIn', 'menu.zoomIn'), role('zoomOut', 'menu.zoomOut')],
    },
    { label: t('menu.help'), submenu: commandsIn('help') },
  ];
}
