import { chromium } from 'playwright-core';
import { AppError } from '../../../../../shared/contract/errors';
import { type FontFaceSpec, fontFaceCss } from '../../print/fontFaceCss';
import { findChromium } from '../../print/printWithChromium';

/** Chromium's flags, as for printing: no sandbox (containers, CI), no GPU, nothing that calls home. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Pixels per SVG unit: sharp when printed at the text width, still a modest file. */
const SCALE = 2;
const TIMEOUT_MS = 30_000;

/** Noto Sans, so the names on the map look as in the app and the PDF. */
const mapFaces: FontFaceSpec[] = [
  { subset: 'latin', weight: 400, style: 'normal' },
  { subset: 'latin', weight: 700, style: 'normal' },
];

/** The size mapToSvg gives its SVG, in SVG units. */
function svgSize(svg: string): { width: number; height: number } {
  const attr = (name: string) => Number(new RegExp(`<svg[^>]*\\s${name}="([\\d.]+)"`).exec(svg)?.[1] ?? NaN);
  const width = attr('width');
  const height = attr('height');
  if (!(width > 0 && height > 0)) throw new Error('the map SVG has no size');
  return { width, height };
}

/**
 * The stakeholder map (the SVG `mapToSvg` draws, whose user text is already escaped) as a PNG
 * for the DOCX, drawn by a Chromium found on the machine (`findChromium`): scripts off, every
 * request refused. Null when no Chromium is found, so the DOCX falls back to its note.
 */
export async function renderMapPng(svg: string, executablePath?: string): Promise<Buffer | null> {
  let path: string;
  try {
    path = executablePath ?? findChromium();
  } catch (e) {
    if (e instanceof AppError && e.code === 'chromiumMissing') return null;
    throw e;
  }
  const size = svgSize(svg);
  const browser = await chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: Math.ceil(size.width), height: Math.ceil(size.height) },
      deviceScaleFactor: SCALE,
    });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.setContent(
      `<!doctype html><html><head><style>${fontFaceCss(mapFaces)}html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`,
    );
    // A string: this file is compiled without the DOM's types; the page's fonts load before the picture.
    await page.evaluate('document.fonts.ready.then(() => true)');
    return await page.locator('svg').first().screenshot({ type: 'png' });
  } finally {
    await browser.close();
  }
}
