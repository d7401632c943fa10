import { type Language, languages } from '../../shared/contract/app';

/**
 * The language the environment asks for, as POSIX programs read it: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set decides. Bahasa Indonesia for `id`, `id_ID.UTF-8` and
 * the like; English for anything else.
 */
export function cliLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^id(?:[_.@-]|$)/i.test(setting) ? 'id' : 'en';
}

/** `--lang` as typed, if it names a language the app speaks. */
export function parseLanguage(value: string): Language | undefined {
  return languages.find((l) => l === value.trim().toLowerCase());
}
