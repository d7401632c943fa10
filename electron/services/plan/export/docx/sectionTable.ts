import type { PrintWords } from '../../print/printWords';
import { type ColumnKey, columnHeader } from '../exportTexts';
import { type Block, type Column, type TableSpec, docxTable, gap, heading } from './docxBlocks';
import type { DocxContext } from './docxContext';

/** A column headed by its name in the catalog's `planIo.columns`, with its share of the width and its alignment. */
export const column = (w: PrintWords, key: ColumnKey, width: number, align?: Column['align']): Column => ({ header: columnHeader(w, key), width, align });

export interface SectionTableSpec extends Omit<TableSpec, 'width'> {
  /** A Heading 2 over the table, for a section holding more than one. */
  title?: string;
}

/** A table of a section at the page's text width, under its own heading when it has a title, with the space after it. */
export function sectionTable({ width }: DocxContext, { title, ...spec }: SectionTableSpec): Block[] {
  return [...(title === undefined ? [] : [heading(title, 2)]), docxTable({ width, ...spec }), gap()];
}
