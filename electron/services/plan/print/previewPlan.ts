import type { CallParsedInput } from '../../../../shared/contract';
import type { PrintPreview } from '../../../../shared/contract/plan';
import { catalogText } from '../../stakeholders/io/catalogText';
import { exportFileName } from '../../stakeholders/io/exportFileName';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import { buildPrintModel } from './printModel';
import { renderPrintDocument } from './renderPrintDocument';

export type PlanPreviewInput = CallParsedInput<'plan.preview'>;

/**
 * 'plan.preview': the very document Chromium would print (plan or profile, in the chosen language
 * and paper), for the app to show in a sandboxed iframe before saving — its screen stylesheet lays
 * the pages out as sheets — with the PDF's file name.
 */
export function previewPlan(reader: WorkspaceReader, { clusterId, lang, paper, what }: PlanPreviewInput): PrintPreview {
  const model = buildPrintModel(reader, clusterId, lang);
  const job = renderPrintDocument(model, { what, lang, paper });
  return { html: job.html, fileName: exportFileName(model.cluster.name, catalogText(lang, `planPrint.fileNames.${what}`), 'pdf') };
}
