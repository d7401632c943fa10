import { catalogs } from '../../shared/i18n/catalogs';

/**
 * Catalog text for the main process (menu, native dialogs) in the app's language; an
 * unknown key comes back as itself, so a gap shows instead of breaking a menu.
 */
export function translate(language: string): (key: string) => string {
  return (key) => {
    const value = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs[language === 'en' ? 'en' : 'id']);
    return typeof value === 'string' ? value : key;
  };
}
