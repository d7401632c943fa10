import type { CSSProperties, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { officialMarginsMm } from '../../../../shared/domain/plan/codes';
import { printableText } from '../../../../shared/domain/plan/safeText';
import { fontFaceCss, marginFaces } from './fontFaceCss';
import type { PrintWords } from './printWords';

/*
 * Chromium prints the running header and footer from separate, self-contained HTML templates inside
 * the page's top and bottom margins; they see none of the document's styles, so each carries its
 * own font and size. Text is set by React (escaped); Chromium fills the pageNumber / totalPages spans.
 */

const box = (extra: CSSProperties): CSSProperties => ({
  boxSizing: 'border-box',
  width: '100%',
  paddingLeft: `${officialMarginsMm.left}mm`,
  paddingRight: `${officialMarginsMm.right}mm`,
  fontFamily: "'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
  fontSize: '7.5pt',
  color: '#444',
  ...extra,
});

function template(body: ReactElement): string {
  return `<style>${fontFaceCss(marginFaces)}</style>${renderToStaticMarkup(body)}`;
}

/** The running header: "plan title · cluster", ruled off from the page, in the top margin. */
export function headerTemplate(text: string): string {
  return template(
    <div style={box({ paddingTop: '8mm' })}>
      <div style={{ borderBottom: '0.5pt solid #999', paddingBottom: '1mm', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        <bdi>{printableText(text)}</bdi>
      </div>
    </div>,
  );
}

/** The footer: "Halaman 3 dari 12" / "Page 3 of 12", centred in the bottom margin. */
export function footerTemplate(words: PrintWords): string {
  // The catalog text around two markers, so the page counters land where the language puts them.
  const text = words.t('planPrint.pageOf', { page: '\uE000', pages: '\uE001' });
  const parts = text.split(/([\uE000\uE001])/);
  return template(
    <div style={box({ paddingTop: '9mm', textAlign: 'center' })}>
      {parts
        .filter((part) => part !== '')
        .map((part, i) =>
          part === '\uE000' ? (
            <span key={i} className="pageNumber" />
          ) : part === '\uE001' ? (
            <span key={i} className="totalPages" />
          ) : (
            <span key={i}>{part}</span>
          ),
        )}
    </div>,
  );
}

/** An empty margin: the one-page profile needs no running header or page number. */
export const emptyTemplate = '<span></span>';
