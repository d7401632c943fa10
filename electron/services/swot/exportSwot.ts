import type { ExportedFile } from '../../../shared/contract/stakeholders';
import { swotTable, towsTable } from '../../../shared/domain/swot/exportRows';
import { getCluster } from '../clusters/clusterRepository';
import { catalogText } from '../stakeholders/io/catalogText';
import { exportFileName } from '../stakeholders/io/exportFileName';
import { writeCsv } from '../stakeholders/io/writeTable';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { readBoard } from './boardRepository';
import { writeSheets } from './writeSheets';

const MIME = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * A cluster's SWOT and TOWS as a table file in the chosen language (docs/interchange-format.md,
 * "SWOT and TOWS files"): XLSX with a SWOT sheet and a TOWS sheet; CSV with the SWOT items only,
 * whose last column names the strategies citing each item, since one CSV holds one table.
 */
export async function exportSwot(r: WorkspaceReader, clusterId: string, format: 'csv' | 'xlsx', lang: 'id' | 'en'): Promise<ExportedFile> {
  const board = readBoard(r, clusterId);
  const word = (key: string) => catalogText(lang, key);
  const fileName = exportFileName(getCluster(r, clusterId).name, word('swotIo.fileSuffix'), format);
  const bytes =
    format === 'csv'
      ? writeCsv(swotTable(board, word))
      : await writeSheets([
          { name: word('swotIo.sheets.swot'), table: swotTable(board, word) },
          { name: word('swotIo.sheets.tows'), table: towsTable(board, word) },
        ]);
  return { fileName, mime: MIME[format], base64: bytes.toString('base64') };
}
