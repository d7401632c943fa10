import { printableText } from '../../../../shared/domain/plan/safeText';
import type { PrintWords } from './printWords';

/*
 * The running header and the page footer are CSS page-margin boxes of the document itself
 * (Chromium 131 and later, Electron 34 and later): they print in the document's own Noto Sans,
 * the cover (`@page :first`) carries neither, and the preview, the PDF and every printer share one
 * source. Chromium's header and footer templates could do neither.
 */

/** What the header line holds at 7.5 pt across the narrower (A4) text width; a margin box cannot clip. */
const HEADER_MAX_CHARS = 100;

/**
 * Text as a CSS string: everything but ASCII letters, digits and spaces becomes a hex escape, so no
 * user text can end the string or the stylesheet (`"`, `\`, `<`, newlines all escape).
 */
export function cssString(text: string): string {
  const escaped = [...text].map((c) => (/^[A-Za-z0-9 ]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `));
  return `"${escaped.join('')}"`;
}

/** The header text cut at a word with "…" when it would run past the line. */
function shortened(text: string): string {
  const chars = [...text];
  if (chars.length <= HEADER_MAX_CHARS) return text;
  const cut = chars.slice(0, HEADER_MAX_CHARS - 1).join('');
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > HEADER_MAX_CHARS / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** "Halaman 3 dari 12" as CSS content: the catalog's words around the page counters, where the language puts them. */
function pageOfContent(words: PrintWords): string {
  return words
    .t('planPrint.pageOf', { page: '\uE000', pages: '\uE001' })
    .split(/([\uE000\uE001])/)
    .filter((part) => part !== '')
    .map((part) => (part === '\uE000' ? 'counter(page)' : part === '\uE001' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** The plan's running header ("plan title · cluster", ruled off) and "page n of N" footer, on every page but the cover. */
export function runningMarginsCss(header: string, words: PrintWords): string {
  return `
@page {
  font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; color: #444;
  @top-left { content: ${cssString(shortened(printableText(header)))}; unicode-bidi: isolate; vertical-align: bottom;
    margin-bottom: 6mm; padding-bottom: 1mm; border-bottom: 0.5pt solid #999; }
  @bottom-center { content: ${pageOfContent(words)}; vertical-align: top; padding-top: 9mm; }
}
@page :first { @top-left { content: none; border: none; } @bottom-center { content: none; } }`;
}
