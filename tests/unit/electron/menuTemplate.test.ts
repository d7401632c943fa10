import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menuTemplate';
import { catalogs } from '../../../shared/i18n/catalogs';

const { id, en } = catalogs;

function translator(catalog: unknown) {
  return (key: string) => {
    const v = key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], catalog);
    if (typeof v !== 'string') throw new Error(`missing ${key}`);
    return v;
  };
}

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
    const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? walk(i.submenu) : [])]);
    const items = walk(menuTemplate(translator(id), [], vi.fn(), isMac)).filter((i) => i.type !== 'separator');
    for (const i of items) expect(i.label, JSON.stringify(i.role ?? i)).toBeTruthy();
    expect(items.find((i) => i.role === 'paste')?.label).toBe('Tempel');
  });
});
