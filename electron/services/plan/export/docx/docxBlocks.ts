import { AlignmentType, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';

/** What a section of the document is made of. */
export type Block = Paragraph | Table;

/** Greys that print alike on any printer: header rows, program rows, Gantt bars. */
export const SHADE = { header: 'D9D9D9', group: 'F2F2F2', bar: '7F7F7F', summary: 'BFBFBF' } as const;

/** Type sizes in half-points: body 10 pt, tables 9 pt, the wide matrices 8 pt (as the PDF). */
export const SIZE = { body: 20, table: 18, wide: 16, small: 16 } as const;

export interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  align?: 'left' | 'right' | 'center';
  /** Space after the paragraph, in twips. */
  after?: number;
}

const alignment = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/**
 * One paragraph per line of `text`. The text goes into the XML as text, never as markup (docx
 * escapes it); callers pass it through `printableText` first so bidi controls and undrawable characters show as markers.
 */
export function paragraphs(text: string, o: TextOptions = {}): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: o.align ? alignment[o.align] : undefined,
        spacing: { after: o.after ?? 0 },
        children: [new TextRun({ text: line, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined, size: o.size })],
      }),
  );
}

/** A paragraph of body text with space after it. */
export function body(text: string, o: TextOptions = {}): Paragraph[] {
  return paragraphs(text, { after: 120, ...o });
}

/** A heading in Word's own Heading 1 / Heading 2 styles, which the table of contents lists; a Heading 1 starts a page. */
export function heading(text: string, level: 1 | 2): Paragraph {
  return level === 1
    ? new Paragraph({ text, heading: HeadingLevel.HEADING_1, pageBreakBefore: true })
    : new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
}

/** A table column: its header, its share of the table's width and how its cells align. */
export interface Column {
  header: string;
  /** Relative width; the widths of a table's columns are scaled to the text width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A cell: text (lines split on \n) or paragraphs already built, with its look. */
export interface Cell {
  text?: string;
  content?: Paragraph[];
  bold?: boolean;
  italics?: boolean;
  /** A fill colour from {@link SHADE}. */
  shade?: string;
  align?: 'left' | 'right' | 'center';
  /** Columns this cell spans. */
  span?: number;
  /** Rows this cell spans (the rows below leave the column out). */
  rowSpan?: number;
}

export interface TableSpec {
  columns: Column[];
  rows: (Cell | string)[][];
  /** The page's text width in twips. */
  width: number;
  size?: number;
  /** Extra rows under the header (a total row), in bold. */
  foot?: (Cell | string)[][];
}

/**
 * A table as the forum document draws it: fixed column widths (so a long word wraps inside its
 * column instead of pushing the table off the page), a shaded header row that Word repeats on
 * every page the table runs onto. Rows may split across pages: Word cuts off a row taller than a
 * page that may not split, and a program's row can be that tall.
 */
export function docxTable(spec: TableSpec): Table {
  const total = spec.columns.reduce((s, c) => s + c.width, 0);
  const widths = spec.columns.map((c) => Math.floor((c.width / total) * spec.width));
  const size = spec.size ?? SIZE.table;
  const widthOf = (col: number, span: number) => widths.slice(col, col + span).reduce((s, w) => s + w, 0);

  // Columns still covered by a cell spanning rows from above, per row.
  const covered = new Map<number, Set<number>>();
  const row = (cells: (Cell | string)[], r: number, o: { header?: boolean; bold?: boolean }) => {
    let col = 0;
    const children: TableCell[] = [];
    for (const raw of cells) {
      while (covered.get(r)?.has(col)) col += 1;
      const c: Cell = typeof raw === 'string' ? { text: raw } : raw;
      const span = c.span ?? 1;
      const align = c.align ?? (o.header ? 'left' : spec.columns[col]?.align);
      if (c.rowSpan && c.rowSpan > 1)
        for (let k = 1; k < c.rowSpan; k += 1) for (let j = 0; j < span; j += 1) covered.set(r + k, (covered.get(r + k) ?? new Set()).add(col + j));
      const content = c.content ?? paragraphs(c.text ?? '', { bold: o.header || o.bold || c.bold, italics: c.italics, size, align });
      children.push(
        new TableCell({
          children: content,
          width: { size: widthOf(col, span), type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          rowSpan: c.rowSpan && c.rowSpan > 1 ? c.rowSpan : undefined,
          shading: c.shade || o.header ? { type: ShadingType.CLEAR, color: 'auto', fill: c.shade ?? SHADE.header } : undefined,
          verticalAlign: o.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
          margins: { top: 30, bottom: 30, left: 70, right: 70 },
        }),
      );
      col += span;
    }
    return new TableRow({ children, tableHeader: o.header });
  };

  const header = row(
    spec.columns.map((c): Cell => ({ text: c.header, align: c.align ?? 'left' })),
    -1,
    { header: true },
  );
  const rows = spec.rows.map((cells, i) => row(cells, i, {}));
  const foot = (spec.foot ?? []).map((cells, i) => row(cells, spec.rows.length + i, { bold: true }));
  return new Table({
    rows: [header, ...rows, ...foot],
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/** Space between blocks (after a table, before the next heading). */
export function gap(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
