/**
 * Characters that change the direction text is drawn in without being seen: the bidi embeddings
 * and overrides (U+202A–U+202E), the isolates (U+2066–U+2069), the left-to-right, right-to-left and
 * Arabic letter marks (U+200E, U+200F, U+061C). In a printed plan one of them could make a name or
 * an amount read differently from what is stored ("Trojan Source"), so documents show each one as a
 * visible marker instead.
 */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * What the documents' one font can draw: the unicode ranges of the bundled Noto Sans latin and
 * latin-ext subsets (as @fontsource declares them), first and last code point of each. Anything
 * else (emoji, CJK, Arabic script, control characters) would print as an empty box, or pull
 * whichever system font the printing machine has into the PDF, so the same plan would print
 * differently on another computer; shown as a marker it prints the same everywhere and still says
 * what was typed.
 */
const DRAWABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x2cc],
  [0x2ce, 0x2d7],
  [0x2da, 0x2da],
  [0x2dc, 0x2ff],
  [0x304, 0x304],
  [0x308, 0x308],
  [0x329, 0x329],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1e9f],
  [0x1ef2, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20c0],
  [0x2113, 0x2113],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

/** Whether the bundled font draws a character; tab and line breaks are layout, kept as they are. */
function drawable(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp === 0x09 || cp === 0x0a || cp === 0x0d || DRAWABLE_RANGES.some(([first, last]) => cp >= first && cp <= last);
}

/** The marker a character is shown as: "[U+202E]", "[U+1F600]". */
export function codeMarker(ch: string): string {
  return `[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * A user's text made safe to show: every bidi control replaced by its visible marker. Escaping
 * markup is the writer's job (React text, the DOCX library); this only keeps text from disguising
 * itself. Screens use it as it is; documents use {@link printableText}.
 */
export function safeText(text: string): string {
  return text.replace(BIDI_CONTROLS, codeMarker);
}

/**
 * A user's text made safe to print in the PDF, DOCX and XLSX: {@link safeText}, and every
 * character the bundled font cannot draw replaced by its marker too, so a plan prints the same on
 * every machine.
 */
export function printableText(text: string): string {
  // Printable ASCII, nearly all of any plan, is passed over without a look-up.
  return safeText(text).replace(/[^\x20-\x7E]/gu, (ch) => (drawable(ch) ? ch : codeMarker(ch)));
}
