import type { CallParsedInput } from '../../../../shared/contract';
import { AppError } from '../../../../shared/contract/errors';
import type { ExportedFile } from '../../../../shared/contract/stakeholders';
import type { ServiceEnv } from '../../types';
import { catalogText } from '../../stakeholders/io/catalogText';
import { exportFileName } from '../../stakeholders/io/exportFileName';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import { renderMapPng } from './docx/renderMapPng';
import { writePlanDocx } from './docx/writePlanDocx';
import { writePlanXlsx } from './xlsx/writePlanXlsx';
import { buildPrintModel } from '../print/printModel';
import { renderPrintDocument } from '../print/renderPrintDocument';
import { sharedChromiumPrinter } from '../print/printWithChromium';

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type PlanExportInput = CallParsedInput<'plan.export'>;

/** A writer's failure as the app words it: an AppError passes through, anything else says its first line. */
function exportFailure(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new AppError('exportFailed', { detail: message.split('\n')[0]!.slice(0, 300) });
}

/**
 * 'plan.export': the forum plan as PDF (printed by Chromium: Electron's printToPDF in the app,
 * playwright-core elsewhere) or editable DOCX, the plan's tables as XLSX, or the one-page profile
 * as PDF. Every format reads the same print model, so they never disagree. Nothing is written
 * here: the bytes go back to the caller, which saves them (the app's save dialog, the CLI's
 * atomic write).
 */
export async function exportPlan(env: Pick<ServiceEnv, 'printPdf'>, reader: WorkspaceReader, input: PlanExportInput): Promise<ExportedFile> {
  const { clusterId, lang, paper, what, format } = input;
  // The profile is a handout printed from the same document; Word and Excel get the plan.
  if (what === 'profile' && format !== 'pdf') throw new AppError('invalidInput', { field: 'what', detail: 'validation.invalid' });
  const model = buildPrintModel(reader, clusterId, lang);
  // "Sentra Genteng Kebumen-rencana.pdf" / ".docx" / ".xlsx": the extension tells the formats apart.
  const fileName = exportFileName(model.cluster.name, catalogText(lang, `planPrint.fileNames.${what}`), format);
  let bytes: Uint8Array;
  try {
    if (format === 'pdf') bytes = await (env.printPdf ?? sharedChromiumPrinter())(renderPrintDocument(model, { what, lang, paper }));
    // The map goes into Word as a picture Chromium draws; without a Chromium the DOCX says the map is in the PDF.
    else if (format === 'docx') bytes = await writePlanDocx(model, { lang, paper, mapPng: model.map ? await renderMapPng(model.map.svg) : null });
    else bytes = await writePlanXlsx(model, { lang });
  } catch (e) {
    throw exportFailure(e);
  }
  return { fileName, mime: MIME[format], base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}
