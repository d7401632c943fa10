import type { SelectionCallName } from '../../../shared/contract/selection';
import type { ExportedFile } from '../../../shared/contract/stakeholders';
import { catalogText } from '../stakeholders/io/catalogText';
import { exportFileName } from '../stakeholders/io/exportFileName';
import { writeCsv } from '../stakeholders/io/writeTable';
import type { HandlerMap } from '../types';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';
import { historyLabel } from './historyLabel';
import { resultsExport } from './io/resultsExport';
import { RUBRIC_FILE_EXTENSION, readRubricFile, rubricFileBytes } from './io/rubricFile';
import { writeResultsXlsx } from './io/writeResultsXlsx';
import { getRubric, insertRubric } from './rubricRepository';

export type SelectionIoCallName = Extract<SelectionCallName, 'selection.rubrics.export' | 'selection.rubrics.import' | 'selection.export.results'>;

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
} as const;

const file = (fileName: string, format: keyof typeof MIME, bytes: Buffer): ExportedFile => ({ fileName, mime: MIME[format], base64: bytes.toString('base64') });

/** `<name>.sentra-rubric.json`, the name made safe for every system the way every export's is. */
const rubricFileName = (name: string) => exportFileName(name, 'x', 'json').replace(/-x\.json$/, `.${RUBRIC_FILE_EXTENSION}`);

/**
 * Files of site selection: the results in the layout of Table 3.1 (CSV / XLSX, refused while
 * hidden or invalid), and library rubrics to and from `.sentra-rubric.json` files so a rubric can
 * be reused in another workspace (an import is one undoable step).
 */
export function selectionIoHandlers(registry: WorkspaceRegistry): HandlerMap<SelectionIoCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  return {
    'selection.export.results': async ({ sessionId, format, lang }, { clientId }) => {
      const results = resultsExport(ws(clientId).reader, sessionId, lang);
      const fileName = exportFileName(results.sessionName, catalogText(lang, 'selectionExplain.export.fileSuffix'), format);
      if (format === 'xlsx') return file(fileName, format, await writeResultsXlsx(results, lang));
      const [headers, ...rows] = results.rows;
      return file(fileName, format, writeCsv({ headers: headers!.map(String), rows }));
    },
    'selection.rubrics.export': ({ id }, { clientId }) => {
      const stored = getRubric(ws(clientId).reader, id);
      return file(rubricFileName(stored.name), 'json', rubricFileBytes(stored));
    },
    'selection.rubrics.import': ({ file: imported }, { clientId }) => {
      const rubric = readRubricFile(imported);
      const s = ws(clientId);
      const id = s.edit(historyLabel('importRubric', { name: rubric.name }), (w) => insertRubric(w, rubric));
      return getRubric(s.reader, id);
    },
  };
}
