import { catalogs } from '../../../../shared/i18n/catalogs';
import type { Catalog } from '../../../../shared/i18n/catalogs';

/** A catalog string in a language, with `{{name}}` filled in: for files the service writes in the user's language. */
export function catalogText(lang: 'id' | 'en', key: string, params: Record<string, string | number> = {}): string {
  let node: string | Catalog | undefined = catalogs[lang];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`missing catalog text ${lang}:${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
