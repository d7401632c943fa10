import type { PrintToPDFOptions } from 'electron';
import type { PdfPrintJob } from '../services/types';

const inches = (mm: number) => mm / 25.4;

/** Electron's printToPDF options for a print job: paper and margins in inches, outline, tags (the header and footer are in the document). */
export function printToPdfOptions(job: PdfPrintJob): PrintToPDFOptions {
  return {
    pageSize: { width: inches(job.paper.width), height: inches(job.paper.height) },
    margins: { top: inches(job.margins.top), right: inches(job.margins.right), bottom: inches(job.margins.bottom), left: inches(job.margins.left) },
    printBackground: true,
    // The document's headings become the PDF's bookmarks; tags make it readable aloud.
    generateDocumentOutline: true,
    generateTaggedPDF: true,
    preferCSSPageSize: false,
  };
}

/**
 * Whether the print window may load `url`: the document itself and the data: URLs it embeds
 * (fonts, the map), nothing else — the document is self-contained, so any other request would
 * be text pretending to be markup.
 */
export function printRequestAllowed(url: string, documentUrl: string): boolean {
  return url === documentUrl || url.startsWith('data:');
}
