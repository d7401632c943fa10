import cliEn from './cli.en.json' with { type: 'json' };
import cliId from './cli.id.json' with { type: 'json' };
import clustersEn from './clusters.en.json' with { type: 'json' };
import clustersId from './clusters.id.json' with { type: 'json' };
import commandsEn from './commands.en.json' with { type: 'json' };
import commandsId from './commands.id.json' with { type: 'json' };
import coreEn from './en.json' with { type: 'json' };
import coreId from './id.json' with { type: 'json' };
import stakeholderLayoutsEn from './stakeholderLayouts.en.json' with { type: 'json' };
import stakeholderLayoutsId from './stakeholderLayouts.id.json' with { type: 'json' };
import stakeholderSnapshotsEn from './stakeholderSnapshots.en.json' with { type: 'json' };
import stakeholderSnapshotsId from './stakeholderSnapshots.id.json' with { type: 'json' };
import stakeholderImportEn from './stakeholderImport.en.json' with { type: 'json' };
import stakeholderImportId from './stakeholderImport.id.json' with { type: 'json' };
import stakeholdersEn from './stakeholders.en.json' with { type: 'json' };
import stakeholdersId from './stakeholders.id.json' with { type: 'json' };
import stakeholderMapEn from './stakeholderMap.en.json' with { type: 'json' };
import stakeholderMapId from './stakeholderMap.id.json' with { type: 'json' };
import stakeholderPanelsEn from './stakeholderPanels.en.json' with { type: 'json' };
import stakeholderPanelsId from './stakeholderPanels.id.json' with { type: 'json' };
import stakeholderIoEn from './stakeholderIo.en.json' with { type: 'json' };
import stakeholderIoId from './stakeholderIo.id.json' with { type: 'json' };
import stakeholderMetricsEn from './stakeholderMetrics.en.json' with { type: 'json' };
import stakeholderMetricsId from './stakeholderMetrics.id.json' with { type: 'json' };

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
  { id: stakeholdersId, en: stakeholdersEn },
  { id: stakeholderMapId, en: stakeholderMapEn },
  { id: stakeholderPanelsId, en: stakeholderPanelsEn },
  { id: stakeholderIoId, en: stakeholderIoEn },
  { id: stakeholderMetricsId, en: stakeholderMetricsEn },
  { id: stakeholderLayoutsId, en: stakeholderLayoutsEn },
  { id: stakeholderSnapshotsId, en: stakeholderSnapshotsEn },
  { id: stakeholderImportId, en: stakeholderImportEn },
];

function merge(lang: keyof CatalogPart): Catalog {
  return Object.assign({}, ...parts.map((p) => p[lang])) as Catalog;
}

export const catalogParts: readonly CatalogPart[] = parts;
export const catalogs: CatalogPart = { id: merge('id'), en: merge('en') };
