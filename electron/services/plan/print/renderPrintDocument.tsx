import { renderToStaticMarkup } from 'react-dom/server';
import type { PaperSize, PrintDocument } from '../../../../shared/domain/plan/codes';
import { officialMarginsMm, paperMm } from '../../../../shared/domain/plan/codes';
import type { PdfPrintJob } from '../../types';
import { PlanDocument } from './document/PlanDocument';
import { ProfileDocument } from './document/ProfileDocument';
import { WordsContext } from './document/WordsContext';
import { documentTitle, runningHeader } from './document/documentTitle';
import { fontFaceCss } from './fontFaceCss';
import { runningMarginsCss } from './marginBoxes';
import { printCss } from './printCss';
import type { PrintModel } from './printModel';
import { printWords } from './printWords';

export interface RenderOptions {
  what: PrintDocument;
  lang: 'id' | 'en';
  paper: PaperSize;
}

/**
 * Nothing in the document may load or run anything: no scripts, no network, fonts and pictures
 * inline only. The preview's sandboxed iframe and the printers enforce it too; this says it in the document itself.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/**
 * The forum plan or the one-page profile as a whole HTML document (fonts inside), with its paper,
 * the official margins and (for the plan) the running header and footer: what Chromium prints, and what the
 * in-app preview shows. Built from React components with `renderToStaticMarkup`, so every user
 * text is escaped; the map SVG (from mapToSvg, which escapes) is the one markup string passed through.
 */
export function renderPrintDocument(model: PrintModel, { what, lang, paper }: RenderOptions): PdfPrintJob {
  // The model's texts (facts, funding names, the map's legend) are already in its language.
  if (model.lang !== lang) throw new Error(`print model is in ${model.lang}, document asked in ${lang}`);
  const words = printWords(lang);
  const title = what === 'plan' ? documentTitle(model, words) : words.t('planPrint.profileTitle', { cluster: model.cluster.name });
  const margins = what === 'plan' ? runningMarginsCss(runningHeader(model, words), words) : '';
  const page = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        <title>{title}</title>
        {/* Our own stylesheet and fonts; the running header's user text is in it only as an escaped CSS string. */}
        <style dangerouslySetInnerHTML={{ __html: `${fontFaceCss()}\n${printCss(paper)}\n${margins}` }} />
      </head>
      <body>
        <WordsContext.Provider value={words}>{what === 'plan' ? <PlanDocument model={model} /> : <ProfileDocument model={model} />}</WordsContext.Provider>
      </body>
    </html>,
  );
  return {
    html: `<!doctype html>\n${page}`,
    paper: { ...paperMm[paper] },
    margins: { ...officialMarginsMm },
  };
}
