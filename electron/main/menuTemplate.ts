import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/contract/commands';

type Translate = (key: string) => string;

/**
 * The application menu in the user's language. Items only name a command; the renderer
 * carries it out, exactly as for its own toolbar. Undo/redo accelerators are shown but
 * not registered, so Ctrl+Z inside a text field stays the field's own.
 */
export function menuTemplate(
  t: Translate,
  recent: readonly { path: string; fileName: string }[],
  send: (command: AppCommand, arg?: string) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const item = (label: string, command: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(label),
    accelerator,
    click: () => send(command),
  });
  // Role items get our labels too: Electron would otherwise name them in the OS language.
  const role = (r: NonNullable<MenuItemConstructorOptions['role']>, label: string): MenuItemConstructorOptions => ({ role: r, label: t(label) });
  const appMenu: MenuItemConstructorOptions = {
    label: 'Sentra',
    submenu: [
      item('menu.about', 'about'),
      { type: 'separator' },
      role('hide', 'menu.hide'),
      role('hideOthers', 'menu.hideOthers'),
      role('unhide', 'menu.showAll'),
      { type: 'separator' },
      role('quit', 'menu.quit'),
    ],
  };
  return [
    ...(isMac ? [appMenu] : []),
    {
      label: t('menu.file'),
      submenu: [
        item('menu.newWorkspace', 'newWorkspace', 'CmdOrCtrl+N'),
        item('menu.open', 'openWorkspace', 'CmdOrCtrl+O'),
        {
          label: t('menu.openRecent'),
          submenu:
            recent.length > 0
              ? recent.map((r) => ({ label: r.fileName, toolTip: r.path, click: () => send('openRecent', r.path) }))
              : [{ label: t('menu.noRecent'), enabled: false }],
        },
        item('menu.openDemo', 'openDemo'),
        { type: 'separator' },
        item('menu.saveCopy', 'saveCopy', 'CmdOrCtrl+Shift+S'),
        item('menu.restoreBackup', 'restoreBackup'),
        { type: 'separator' },
        item('menu.exportJson', 'exportJson'),
        item('menu.importJson', 'importJson'),
        { type: 'separator' },
        item('menu.close', 'closeWorkspace', 'CmdOrCtrl+W'),
        ...(isMac ? [] : [{ type: 'separator' as const }, role('quit', 'menu.quit')]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send('undo') },
        { label: t('menu.redo'), accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => send('redo') },
        { type: 'separator' },
        role('cut', 'menu.cut'),
        role('copy', 'menu.copy'),
        role('paste', 'menu.paste'),
        role('selectAll', 'menu.selectAll'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.presentation'), accelerator: 'F5', registerAccelerator: false, click: () => send('togglePresentation') },
        {
          label: t('menu.language'),
          submenu: [
            { label: 'Bahasa Indonesia', click: () => send('languageId') },
            { label: 'English', click: () => send('languageEn') },
          ],
        },
        { type: 'separator' },
        role('resetZoom', 'menu.resetZoom'),
        role('zoomIn', 'menu.zoomIn'),
        role('zoomOut', 'menu.zoomOut'),
      ],
    },
    { label: t('menu.help'), submenu: [item('menu.about', 'about')] },
  ];
}
