import { catalogs } from '../../../i18n/catalogs';
import { actorKinds, attitudes, levels, roles, sectors, tieTypes } from '../codes';

/** The coded columns of the import files, with the catalog group (`stakeholders.codes.<group>`) naming their values. */
export const codedLists = {
  kind: { codes: actorKinds, group: 'kind' },
  sector: { codes: sectors, group: 'sector' },
  level: { codes: levels, group: 'level' },
  role: { codes: roles, group: 'role' },
  attitude: { codes: attitudes, group: 'attitude' },
  type: { codes: tieTypes, group: 'tieType' },
} as const;
export type CodedColumn = keyof typeof codedLists;

/** Text as it is compared with codes and names: trimmed, one space between words, any case. */
export function normaliseValue(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

type CodeNames = Record<string, string>;
function namesOf(lang: 'id' | 'en', group: string): CodeNames {
  const root = catalogs[lang] as { stakeholders: { codes: Record<string, CodeNames> } };
  return root.stakeholders.codes[group] ?? {};
}

function buildMatcher(codes: readonly string[], group: string): Map<string, string> {
  const exact = new Map<string, string>();
  // Each part of a name like "Bank / credit scheme" also finds its code, where only one code has it.
  const parts = new Map<string, string | null>();
  for (const code of codes) {
    exact.set(normaliseValue(code), code);
    for (const lang of ['id', 'en'] as const) {
      const name = namesOf(lang, group)[code];
      if (!name) continue;
      exact.set(normaliseValue(name), code);
      for (const part of name.split('/').map(normaliseValue)) {
        if (part === '') continue;
        const seen = parts.get(part);
        parts.set(part, seen === undefined || seen === code ? code : null);
      }
    }
  }
  for (const [part, code] of parts) if (code !== null && !exact.has(part)) exact.set(part, code);
  return exact;
}

const matchers = new Map<CodedColumn, Map<string, string>>();

/**
 * The code a cell means: the code itself or its name in Bahasa Indonesia or English (or one
 * part of a name with slashes), in any case and spacing; null when it means none.
 */
export function matchCode<C extends CodedColumn>(column: C, text: string): (typeof codedLists)[C]['codes'][number] | null {
  let m = matchers.get(column);
  if (!m) {
    m = buildMatcher(codedLists[column].codes, codedLists[column].group);
    matchers.set(column, m);
  }
  return (m.get(normaliseValue(text)) ?? null) as (typeof codedLists)[C]['codes'][number] | null;
}
