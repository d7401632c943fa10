import { type PaperSize, officialMarginsMm, paperMm } from '../../../../../shared/domain/plan/codes';

/** Where the running header and footer sit: inside the official margins, as in the PDF. */
const HEADER_MM = 10;
const FOOTER_MM = 12;

/** The section's page in twips: A4 or F4 (215 × 330 mm) portrait, the margins official documents use. */
export function docxPage(paper: PaperSize) {
  // Rounded, not truncated as docx's own converter does: A4 is Word's 11906 × 16838.
  const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
  const m = officialMarginsMm;
  return {
    size: { width: twip(paperMm[paper].width), height: twip(paperMm[paper].height) },
    margin: { top: twip(m.top), right: twip(m.right), bottom: twip(m.bottom), left: twip(m.left), header: twip(HEADER_MM), footer: twip(FOOTER_MM) },
    /** The width text and tables may take, for column widths. */
    textWidth: twip(paperMm[paper].width - m.left - m.right),
  };
}
