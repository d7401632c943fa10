import type { PrintModel } from '../../print/printModel';
import type { PrintWords } from '../../print/printWords';

/** What every section writer reads: the model, its language's words, and the page's text width. */
export interface DocxContext {
  model: PrintModel;
  w: PrintWords;
  /** User text made safe to print: bidi controls and what the font cannot draw as visible markers. */
  s: (text: string) => string;
  /** A measure or score in the language's format, up to two decimals: 12,5 (id) or 12.5 (en). */
  num: (value: number) => string;
  /** A percentage with one decimal in the language's format: 12,5% (id) or 12.5% (en). */
  percent: (value: number) => string;
  /** The width text and tables may take, in twips. */
  width: number;
  /** The stakeholder map as a PNG, when one could be drawn. */
  mapPng: Buffer | null;
}
