import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * Reading a printed PDF back with poppler-utils (pdftotext, pdfinfo, pdftoppm; .ci/run installs
 * them), as a reviewer would: its text, its pages and their size, where each word stands.
 */

/** Writes the bytes to a temporary file for the poppler tools; the caller's folder, or the OS temp. */
export function pdfFile(bytes: Uint8Array, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-pdf-'))): string {
  const file = path.join(dir, 'document.pdf');
  fs.writeFileSync(file, bytes);
  return file;
}

/** The text of the whole document (or one page), in reading order. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text with runs of white space (line and column breaks) made single spaces: for phrases that may wrap. */
export function pdfFlatText(file: string): string {
  return pdfText(file).replace(/\s+/g, ' ');
}

export interface PdfInfo {
  pages: number;
  /** The first page's size in millimetres. */
  widthMm: number;
  heightMm: number;
  tagged: boolean;
}

export function pdfInfo(file: string): PdfInfo {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  const mm = (pts: string) => (Number(pts) / 72) * 25.4;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]),
    widthMm: mm(size?.[1] ?? 'NaN'),
    heightMm: mm(size?.[2] ?? 'NaN'),
    tagged: /Tagged:\s+yes/.test(out),
  };
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** The page's size, in the same points. */
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box (`pdftotext -bbox`), in points from the page's top left. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page += 1;
      pageWidth = Number(p[1]);
      pageHeight = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) words.push({ page, text: w[5]!, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), pageWidth, pageHeight });
  }
  return words;
}

/** Renders every page as PNG (`pdftoppm -r 60`) into `dir` as `<prefix>-01.png` …; returns the files. */
export function pdfPageImages(file: string, dir: string, prefix: string, dpi = 60): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))) fs.rmSync(path.join(dir, old));
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, prefix)]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The names of the fonts embedded in a PDF, as `pdffonts` lists them ("ABCDEF+NotoSans-Regular"). */
export function pdfFonts(file: string): string[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  // two header lines, then one font a line, its name first
  return out
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!)
    .filter(Boolean);
}
