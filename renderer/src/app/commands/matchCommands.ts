/** A palette entry as searched: its label in the current language and its labels in every language. */
export interface Searchable {
  label: string;
  labels: readonly string[];
}

/** Case- and accent-blind, so "presentasi" finds "Presentasi" and "cafe" finds "café". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The entries matching a query in any language (typing "undo" in the Indonesian UI finds
 * "Urungkan"), every word of the query found; best first: the label in the current language
 * starting with the query, then containing all its words, then a match in another language.
 */
export function matchCommands<T extends Searchable>(query: string, entries: readonly T[]): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const phrase = words.join(' ');
  const ranked = entries.flatMap((entry) => {
    const own = fold(entry.label);
    const any = entry.labels.map(fold).join('\n');
    if (!words.every((w) => any.includes(w) || own.includes(w))) return [];
    const rank = own.startsWith(phrase) ? 0 : words.every((w) => own.includes(w)) ? 1 : 2;
    return [{ entry, rank }];
  });
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.entry);
}
