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
import selectionEn from './selection.en.json' with { type: 'json' };
import selectionId from './selection.id.json' with { type: 'json' };
import selectionTemplateEn from './selectionTemplate.en.json' with { type: 'json' };
import selectionTemplateId from './selectionTemplate.id.json' with { type: 'json' };
import selectionResultsEn from './selectionResults.en.json' with { type: 'json' };
import selectionResultsId from './selectionResults.id.json' with { type: 'json' };
import selectionSetupEn from './selectionSetup.en.json' with { type: 'json' };
import selectionSetupId from './selectionSetup.id.json' with { type: 'json' };
import selectionScoringEn from './selectionScoring.en.json' with { type: 'json' };
import selectionScoringId from './selectionScoring.id.json' with { type: 'json' };
import selectionExplainEn from './selectionExplain.en.json' with { type: 'json' };
import selectionExplainId from './selectionExplain.id.json' with { type: 'json' };
import selectionIoEn from './selectionIo.en.json' with { type: 'json' };
import selectionIoId from './selectionIo.id.json' with { type: 'json' };
import swotEn from './swot.en.json' with { type: 'json' };
import swotId from './swot.id.json' with { type: 'json' };
import swotBoardEn from './swotBoard.en.json' with { type: 'json' };
import swotBoardId from './swotBoard.id.json' with { type: 'json' };
import swotIoEn from './swotIo.en.json' with { type: 'json' };
import swotIoId from './swotIo.id.json' with { type: 'json' };
import planEn from './plan.en.json' with { type: 'json' };
import planId from './plan.id.json' with { type: 'json' };
import planEditorEn from './planEditor.en.json' with { type: 'json' };
import planEditorId from './planEditor.id.json' with { type: 'json' };
import planViewsEn from './planViews.en.json' with { type: 'json' };
import planViewsId from './planViews.id.json' with { type: 'json' };
import planChecksEn from './planChecks.en.json' with { type: 'json' };
import planChecksId from './planChecks.id.json' with { type: 'json' };
import planTemplatesEn from './planTemplates.en.json' with { type: 'json' };
import planTemplatesId from './planTemplates.id.json' with { type: 'json' };
import planPrintEn from './planPrint.en.json' with { type: 'json' };
import planPrintId from './planPrint.id.json' with { type: 'json' };
import planIoEn from './planIo.en.json' with { type: 'json' };
import planIoId from './planIo.id.json' with { type: 'json' };

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
  { id: selectionId, en: selectionEn },
  { id: selectionTemplateId, en: selectionTemplateEn },
  { id: selectionResultsId, en: selectionResultsEn },
  { id: selectionSetupId, en: selectionSetupEn },
  { id: selectionScoringId, en: selectionScoringEn },
  { id: selectionExplainId, en: selectionExplainEn },
  { id: selectionIoId, en: selectionIoEn },
  { id: swotId, en: swotEn },
  { id: swotBoardId, en: swotBoardEn },
  { id: swotIoId, en: swotIoEn },
  { id: planId, en: planEn },
  { id: planEditorId, en: planEditorEn },
  { id: planViewsId, en: planViewsEn },
  { id: planChecksId, en: planChecksEn },
  { id: planTemplatesId, en: planTemplatesEn },
  { id: planPrintId, en: planPrintEn },
  { id: planIoId, en: planIoEn },
];

function merge(lang: keyof CatalogPart): Catalog {
  return Object.assign({}, ...parts.map((p) => p[lang])) as Catalog;
}

export const catalogParts: readonly CatalogPart[] = parts;
export const catalogs: CatalogPart = { id: merge('id'), en: merge('en') };
