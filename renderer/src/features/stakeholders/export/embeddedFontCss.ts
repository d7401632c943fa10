import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import regular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';

let cached: Promise<string> | null = null;

/**
 * `@font-face` rules with the app's Noto Sans (regular and bold, Latin) as data: URLs. An SVG drawn
 * as an image cannot reach the page's fonts, and another computer may not have Noto Sans: embedded,
 * the PNG and the SVG use the font the screen uses. Fetched once (about 50 kB) and kept.
 */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all([face(regular, 400), face(bold, 700)])
    .then((rules) => rules.join('\n'))
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}

async function face(url: string, weight: number): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  // In chunks: String.fromCharCode with a whole font as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
}
