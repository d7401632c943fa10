import { readFontFile } from '../../print/fontFile';
import { woffToTtf } from './woffToTtf';

/** The font the document names; the same Noto Sans the app and the PDF use. */
export const DOCX_FONT = 'Noto Sans';

const faces = { data: '400-normal', bold: '700-normal', italic: '400-italic', boldItalic: '700-italic' } as const;

/**
 * Noto Sans embedded in the DOCX (its latin subset, which covers Indonesian and English text), so
 * Word prints the letters the PDF prints. Word for Windows and macOS and LibreOffice use embedded
 * fonts; an editor that ignores them (Google Docs, Word on the web) or a character outside the
 * subset gets the editor's own substitute for a font it lacks. Empty when the font files are
 * missing: the document then only names the font.
 */
export function docxFonts(): { name: string; data: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer }[] {
  const face = (f: string) => {
    const woff = readFontFile(`noto-sans-latin-${f}.woff`);
    return woff && woffToTtf(woff);
  };
  const [data, bold, italic, boldItalic] = [face(faces.data), face(faces.bold), face(faces.italic), face(faces.boldItalic)];
  return data && bold && italic && boldItalic ? [{ name: DOCX_FONT, data, bold, italic, boldItalic }] : [];
}
