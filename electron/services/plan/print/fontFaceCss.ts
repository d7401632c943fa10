import { readFontFile } from './fontFile';

/** The unicode ranges of @fontsource's latin and latin-ext subsets, so Chromium loads each for its characters only. */
const ranges = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

export type FontSubset = keyof typeof ranges;
export interface FontFaceSpec {
  subset: FontSubset;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

/** Everything a printed document needs: both subsets, regular and bold, upright and italic. */
export const documentFaces: FontFaceSpec[] = (['latin', 'latin-ext'] as const).flatMap((subset) =>
  ([400, 700] as const).flatMap((weight) => (['normal', 'italic'] as const).map((style) => ({ subset, weight, style }))),
);

const cache = new Map<string, string | null>();

/** A face's woff2 as base64, or null when the file is not there (a broken install prints with the fallback font). */
function fontBase64(spec: FontFaceSpec): string | null {
  const file = `noto-sans-${spec.subset}-${spec.weight}-${spec.style}.woff2`;
  if (!cache.has(file)) cache.set(file, readFontFile(file)?.toString('base64') ?? null);
  return cache.get(file)!;
}

/**
 * `@font-face` rules for Noto Sans with the fonts inside as data: URLs, so the document prints alike
 * on every machine and needs no network. A face whose file is missing is left out: the text then
 * falls back to the system's sans-serif rather than failing the print.
 */
export function fontFaceCss(faces: readonly FontFaceSpec[] = documentFaces): string {
  return faces
    .flatMap((spec) => {
      const data = fontBase64(spec);
      if (data === null) return [];
      return [
        `@font-face{font-family:'Noto Sans';font-style:${spec.style};font-weight:${spec.weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${ranges[spec.subset]};}`,
      ];
    })
    .join('\n');
}
