import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { documentTitle, titleNamesCluster } from '../../print/document/documentTitle';
import type { Block } from './docxBlocks';
import type { DocxContext } from './docxContext';

/** A centred cover line, `pt` points high. */
const line = (text: string, pt: number, o: { bold?: boolean; before?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: 200 },
    children: [new TextRun({ text, size: pt * 2, bold: o.bold })],
  });

/**
 * The cover, as the PDF's: what the document is, its title, the cluster, the plan's horizon, then
 * program, cluster, facilitator, institution and date in a borderless table.
 */
export function coverBlocks({ model, w, s, width }: DocxContext): Block[] {
  const h = model.plan.header;
  const facts: [string, string][] = (
    [
      [w.t('planPrint.cover.program'), model.program?.name ?? ''],
      [w.t('planPrint.cover.cluster'), model.cluster.name],
      [w.t('planPrint.cover.facilitator'), model.facilitator],
      [w.t('planPrint.cover.institution'), model.institution],
    ] as [string, string][]
  )
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => [label, s(value)]);
  facts.push([w.t('planPrint.cover.date'), model.dateText]);
  const labelWidth = Math.round(width * 0.3);
  const cell = (text: string, size: number, bold: boolean) =>
    new TableCell({ width: { size, type: WidthType.DXA }, margins: { bottom: 80 }, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return [
    line(w.t('planPrint.cover.kind'), 12, { before: 1600 }),
    line(s(documentTitle(model, w)), 22, { bold: true, before: 400 }),
    // the cluster's own line only when the title does not already name it
    ...(titleNamesCluster(model, w) ? [] : [line(s(model.cluster.name), 16, { bold: true })]),
    line(w.t('planPrint.cover.horizon', { year: h.year, start: h.mediumStart, end: h.mediumStart + 2, visionYear: h.visionYear }), 11, { before: 200 }),
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Table({
      rows: facts.map(([label, value]) => new TableRow({ children: [cell(label, labelWidth, true), cell(value, width - labelWidth, false)] })),
      width: { size: width, type: WidthType.DXA },
      columnWidths: [labelWidth, width - labelWidth],
      borders: TableBorders.NONE,
    }),
  ];
}
