import cliEn from './cli.en.json' with { type: 'json' };
import cliId from './cli.id.json' with { type: 'json' };
import clustersEn from './clusters.en.json' with { type: 'json' };
import clustersId from './clusters.id.json' with { type: 'json' };
import commandsEn from './commands.en.json' with { type: 'json' };
import commandsId from './commands.id.json' with { type: 'json' };
import coreEn from './en.json' with { type: 'json' };
import coreId from './id.json' with { type: 'json' };

/** One language's strings: nested objects of text, keyed by namespace at the top. */
export interface Catalog {
  [key: string]: string | Catalog;
}

/** A namespace's strings in both languages; Bahasa Indonesia first. */
export interface CatalogPart {
  id: Catalog;
  en: Catalog;
}

/**
 * Every catalog part of the app. A feature adds its own namespace file pair and one line
 * here; namespaces never overlap (a test checks), so parts merge by their top-level keys.
 */
const parts: CatalogPart[] = [
  { id: coreId, en: coreEn },
  { id: commandsId, en: commandsEn },
  { id: cliId, en: cliEn },
  { id: clustersId, en: clustersEn },
];

function merge(lang: keyof CatalogPart): Catalog {
  return Object.assign({}, ...parts.map((p) => p[lang])) as Catalog;
}

export const catalogParts: readonly CatalogPart[] = parts;
export const catalogs: CatalogPart = { id: merge('id'), en: merge('en') };
