import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menuTemplate';
import { commandSpecs, type CommandSpec } from '../../../shared/contract/commands';
import { catalogs } from '../../../shared/i18n/catalogs';

const { id, en } = catalogs;

function translator(catalog: unknown) {
  return (key: string) => {
    const v = key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], catalog);
    if (typeof v !== 'string') throw new Error(`missing ${key}`);
    return v;
  };
}

const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? walk(i.submenu) : [])]);

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]).filter(Boolean);
}

describe('application menu', () => {
  it('is localized: File/Berkas with the issue’s items in both languages', () => {
    const idMenu = labels(menuTemplate(translator(id), [], vi.fn(), false));
    expect(idMenu).toEqual(
      expect.arrayContaining([
        'Berkas',
        'Ruang kerja baru…',
        'Buka…',
        'Buka yang terakhir',
        'Simpan salinan…',
        'Pulihkan dari cadangan…',
        'Tampilan',
        'Mode presentasi',
        'Bahasa',
        'Bantuan',
        'Tentang Sentra',
      ]),
    );
    const enMenu = labels(menuTemplate(translator(en), [], vi.fn(), false));
    expect(enMenu).toEqual(
      expect.arrayContaining([
        'File',
        'New workspace…',
        'Open…',
        'Open recent',
        'Save a copy…',
        'Restore from backup…',
        'View',
        'Presentation mode',
        'Language',
        'Help',
        'About Sentra',
      ]),
    );
  });

  it('items send their command to the renderer; recent files carry their path', () => {
    const send = vi.fn();
    const template = menuTemplate(translator(en), [{ path: '/w/Kebumen.sentra', fileName: 'Kebumen.sentra' }], send, false);
    const file = template[0]!.submenu as MenuItemConstructorOptions[];
    const recent = (file.find((i) => i.label === 'Open recent')!.submenu as MenuItemConstructorOptions[])[0]!;
    (recent.click as () => void)();
    (file.find((i) => i.label === 'Save a copy…')!.click as () => void)();
    expect(send.mock.calls).toEqual([['openRecent', '/w/Kebumen.sentra'], ['saveCopy']]);
  });

  it.each([false, true])('every item, roles included, is labelled from the catalog (macOS: %s)', (isMac) => {
    const items = walk(menuTemplate(translator(id), [], vi.fn(), isMac)).filter((i) => i.type !== 'separator');
    for (const i of items) expect(i.label, JSON.stringify(i.role ?? i)).toBeTruthy();
    expect(items.find((i) => i.role === 'paste')?.label).toBe('Tempel');
  });

  it('is built from the command list: every placed command, with its shortcut shown and left to the renderer', () => {
    const send = vi.fn();
    const items = walk(menuTemplate(translator(en), [], send, false));
    const specs: readonly CommandSpec[] = commandSpecs;
    for (const spec of specs.filter((s) => s.menu && s.name !== 'openRecent')) {
      const item = items.find((i) => i.label === translator(en)(spec.menu?.labelKey ?? spec.labelKey));
      expect(item, spec.name).toBeDefined();
      expect(item!.accelerator, spec.name).toBe(spec.shortcuts?.[0]?.replace('Mod', 'CmdOrCtrl'));
      if (item!.accelerator) expect(item!.registerAccelerator, spec.name).toBe(false);
      (item!.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(spec.name);
    }
    const freshDemo = items.find((i) => i.label === 'Open a fresh copy of the demo workspace');
    expect(freshDemo).toBeDefined();
  });

  it('places a feature’s commands by their group, with separators between groups and submenus gathered', () => {
    const specs: CommandSpec[] = [
      { name: 'undo', labelKey: 'menu.undo', shortcuts: ['Mod+Z'], menu: { menu: 'edit', group: 'history' } },
      { name: 'languageId', labelKey: 'menu.language', menu: { menu: 'edit', group: 'map', submenuKey: 'menu.view', labelKey: 'menu.copy' } },
      { name: 'redo', labelKey: 'menu.redo', menu: { menu: 'edit', group: 'history' } },
      { name: 'languageEn', labelKey: 'menu.language', menu: { menu: 'edit', group: 'map', submenuKey: 'menu.view', labelKey: 'menu.paste' } },
    ];
    const edit = menuTemplate(translator(en), [], vi.fn(), false, specs).find((m) => m.label === 'Edit')!.submenu as MenuItemConstructorOptions[];
    expect(edit.slice(0, 4).map((i) => i.label ?? i.type)).toEqual(['Undo', 'Redo', 'separator', 'View']);
    expect((edit[3]!.submenu as MenuItemConstructorOptions[]).map((i) => i.label)).toEqual(['Copy', 'Paste']);
  });
});
