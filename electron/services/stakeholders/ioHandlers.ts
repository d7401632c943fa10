import type { ExportedFile, StakeholderCallName } from '../../../shared/contract/stakeholders';
import { actorTable, matrixTable, tieTable } from '../../../shared/domain/stakeholders/io/exportRows';
import { getCluster } from '../clusters/clusterRepository';
import type { HandlerMap, Logger } from '../types';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';
import { catalogText } from './io/catalogText';
import { exportFileName } from './io/exportFileName';
import { applyImport, checkImport, readImportFiles } from './io/runImport';
import { templateTable } from './io/templateTable';
import { writeGexf } from './io/writeGexf';
import { writeGraphml } from './io/writeGraphml';
import { writeCsv, writeXlsx } from './io/writeTable';
import { getMatrix } from './matrixRepository';
import { readMap } from './mapRepository';

export type IoCallName = Extract<StakeholderCallName, `stakeholders.import.${string}` | `stakeholders.export.${string}`>;

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
} as const;

const file = (fileName: string, format: keyof typeof MIME, bytes: Buffer): ExportedFile => ({ fileName, mime: MIME[format], base64: bytes.toString('base64') });

/**
 * Import of actors and ties from CSV / XLSX (read on a worker thread, checked row by row, written
 * in one undoable edit) and export of the map as tables, templates and graph files
 * (docs/stakeholder-files.md).
 */
export function ioHandlers(registry: WorkspaceRegistry, log: Logger = () => {}): HandlerMap<IoCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  return {
    'stakeholders.import.check': async ({ clusterId, actors, ties }, { clientId }) => {
      ws(clientId);
      const read = await readImportFiles({ actors, ties }, log);
      return checkImport(ws(clientId).reader, clusterId, read);
    },
    'stakeholders.import.apply': async ({ clusterId, actors, ties, acceptPartial }, { clientId }) => {
      ws(clientId);
      const read = await readImportFiles({ actors, ties }, log);
      // The session is asked for again after the await: the workspace may have been closed meanwhile.
      return applyImport(ws(clientId), clusterId, read, acceptPartial);
    },
    'stakeholders.export.table': async ({ clusterId, what, format, lang }, { clientId }) => {
      const r = ws(clientId).reader;
      const map = readMap(r, clusterId);
      const table =
        what === 'actors'
          ? actorTable(map.actors, lang)
          : what === 'ties'
            ? tieTable(map.actors, map.ties, lang)
            : matrixTable(map.actors, getMatrix(r, clusterId), lang, catalogText(lang, 'stakeholderIo.export.matrixRowHeader'));
      const name = catalogText(lang, `stakeholderIo.export.fileSuffix.${what}`);
      const fileName = exportFileName(getCluster(r, clusterId).name, name, format);
      return file(fileName, format, format === 'csv' ? writeCsv(table) : await writeXlsx(table, name));
    },
    'stakeholders.export.template': async ({ what, format, lang }) => {
      const name = catalogText(lang, `stakeholderIo.export.fileSuffix.${what}`);
      const fileName = `${catalogText(lang, 'stakeholderIo.export.templatePrefix')}-${name}.${format}`;
      const table = templateTable(what, lang);
      return file(fileName, format, format === 'csv' ? writeCsv(table) : await writeXlsx(table, name));
    },
    'stakeholders.export.graph': ({ clusterId, format }, { clientId }) => {
      const r = ws(clientId).reader;
      const map = readMap(r, clusterId);
      const clusterName = getCluster(r, clusterId).name;
      const text = format === 'gexf' ? writeGexf(map, clusterName, new Date().toISOString().slice(0, 10)) : writeGraphml(map);
      return file(exportFileName(clusterName, 'peta', format), format, Buffer.from(text, 'utf8'));
    },
  };
}
