import { AlignmentType, Document, Footer, Header, LineRuleType, Packer, PageBreak, Paragraph, TableOfContents, TextRun, PageNumber } from 'docx';
import type { PaperSize } from '../../../../../shared/domain/plan/codes';
import { printableText } from '../../../../../shared/domain/plan/safeText';
import { runningHeader } from '../../print/document/documentTitle';
import { type PlanSectionKey, planSections, sectionTitle } from '../../print/printSections';
import type { PrintModel } from '../../print/printModel';
import { printWords } from '../../print/printWords';
import { actionMatrixSection } from './actionMatrixSection';
import { actorsSection } from './actorsSection';
import { approvalBlocks } from './approvalBlocks';
import { budgetSection } from './budgetSection';
import { coverBlocks } from './coverBlocks';
import { type Block, SIZE, heading } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { DOCX_FONT, docxFonts } from './docxFonts';
import { docxPage } from './docxPage';
import { ganttSection } from './ganttSection';
import { matrixSection } from './matrixSection';
import { mediumSection } from './mediumSection';
import { pdmSection } from './pdmSection';
import { profileSection } from './profileSection';
import { selectionSection } from './selectionSection';
import { swotSection } from './swotSection';
import { table51Section } from './table51Section';
import { visionSection } from './visionSection';

export interface PlanDocxOptions {
  /** The document's language; the model must have been built in it. */
  lang: 'id' | 'en';
  paper: PaperSize;
  /** The stakeholder map as a PNG (see `renderMapPng`); without it the document says the PDF holds the map. */
  mapPng?: Buffer | null;
}

/** What each of the PDF's sections is made of here; `planSections` says which are present and numbers them. */
const SECTIONS: Record<PlanSectionKey, (ctx: DocxContext) => Block[]> = {
  profile: profileSection,
  map: actorsSection,
  swot: swotSection,
  selection: selectionSection,
  vision: visionSection,
  medium: mediumSection,
  programs: table51Section,
  actionMatrix: actionMatrixSection,
  pdm: pdmSection,
  gantt: ganttSection,
  budget: budgetSection,
  matrix: matrixSection,
};

/** Private-use characters (never in a catalog) that mark where Word's PAGE and NUMPAGES fields go. */
const PAGE = '\uE000';
const PAGES = '\uE001';

/** "Halaman 3 dari 12" / "Page 3 of 12", worded by the catalog, with Word's page fields in it. */
function pageOfPages(ctx: DocxContext): Paragraph {
  const text = ctx.w.t('planPrint.pageOf', { page: PAGE, pages: PAGES });
  const children = text
    .split(PAGE)
    .flatMap((part, i) => [...(i > 0 ? [PageNumber.CURRENT] : []), ...part.split(PAGES).flatMap((p, k) => [...(k > 0 ? [PageNumber.TOTAL_PAGES] : []), p])])
    .filter((x) => x !== '');
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: SIZE.small })] });
}

/**
 * The forum plan as an editable Word document, with the PDF's sections in the PDF's order and
 * the same tables: A4 or F4 with the official margins, a running header (plan title · cluster)
 * and "Halaman X dari Y" footer from the second page, a cover, Word's own table of contents
 * (headings in Heading 1 / 2, refreshed when Word opens the file), header rows repeated on every
 * page a table runs onto, amounts right-aligned as Rupiah in the document's language, and the
 * place-and-date line with the approval blocks at the end. User text is text: docx escapes it,
 * and bidi controls are shown as markers. Noto Sans is embedded (see `docxFonts`).
 */
export async function writePlanDocx(model: PrintModel, opts: PlanDocxOptions): Promise<Buffer> {
  if (opts.lang !== model.lang) throw new Error(`the print model is in ${model.lang}, not ${opts.lang}`);
  const page = docxPage(opts.paper);
  const w = printWords(opts.lang);
  const num = new Intl.NumberFormat(w.locale, { maximumFractionDigits: 2 });
  const tenth = new Intl.NumberFormat(w.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const ctx: DocxContext = {
    model,
    w,
    s: printableText,
    num: (v) => num.format(v),
    percent: (v) => `${tenth.format(v)}%`,
    width: page.textWidth,
    mapPng: opts.mapPng ?? null,
  };

  const body: Block[] = planSections(model)
    .filter((sec) => sec.present)
    .flatMap((sec) => [heading(`${sec.number}. ${sectionTitle(w.t, sec.key, model)}`, 1), ...SECTIONS[sec.key](ctx)]);
  const running = printableText(runningHeader(model, w));

  const doc = new Document({
    title: running,
    creator: 'Sentra',
    features: { updateFields: true },
    fonts: docxFonts(),
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: SIZE.body, language: { value: model.locale } },
          paragraph: { spacing: { line: 264, lineRule: LineRuleType.AUTO } },
        },
        heading1: { run: { font: DOCX_FONT, size: 28, bold: true, color: '000000' }, paragraph: { keepNext: true, spacing: { after: 240 } } },
        heading2: { run: { font: DOCX_FONT, size: 22, bold: true, color: '000000' }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [
      {
        properties: { titlePage: true, page: { size: page.size, margin: page.margin } },
        headers: {
          first: new Header({ children: [new Paragraph('')] }),
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: running, size: SIZE.small, italics: true })] })],
          }),
        },
        footers: { first: new Footer({ children: [new Paragraph('')] }), default: new Footer({ children: [pageOfPages(ctx)] }) },
        children: [
          ...coverBlocks(ctx),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: w.t('planPrint.contents'), bold: true, size: 28 })] }),
          new TableOfContents(w.t('planPrint.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
          ...body,
          heading(w.t('planPrint.closingHeading'), 1),
          ...approvalBlocks(ctx),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
