import i18next from 'i18next';
import { type Language, localeOf } from '../../shared/contract/app';
import { catalogs } from '../../shared/i18n/catalogs';
import { wordParams } from '../../shared/i18n/wordParams';
import type { Translate } from './types';

export interface CliTranslator {
  lang: Language;
  locale: string;
  t: Translate;
  /** The message for an error code: `cli.errors.<code>` where a terminal needs other words, else the app's `errors.<code>`. */
  errorText: (code: string, params?: Record<string, unknown>) => string;
}

/** i18next over the app's catalogs, in one language: the CLI says what the app says. */
export function cliTranslator(lang: Language): CliTranslator {
  const i18n = i18next.createInstance();
  // With the resources given and initAsync off, init completes before it returns.
  void i18n.init({
    resources: { id: { translation: catalogs.id }, en: { translation: catalogs.en } },
    lng: lang,
    fallbackLng: false,
    initAsync: false,
    // i18next otherwise prints an advertisement to stdout, into the command's output
    showSupportNotice: false,
    interpolation: { escapeValue: false },
  });
  const t: Translate = (key, params) => i18n.t(key, params ?? {});
  return {
    lang,
    locale: localeOf[lang],
    t,
    errorText: (code, params = {}) => {
      const key = [`cli.errors.${code}`, `errors.${code}`].find((k) => i18n.exists(k)) ?? 'errors.internal';
      // Parameters may be catalog keys themselves (`detail: validation.required`).
      return t(key, wordParams(params, t));
    },
  };
}
