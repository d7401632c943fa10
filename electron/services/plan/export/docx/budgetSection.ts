import { type Block, docxTable, body, gap, heading } from './docxBlocks';
import { areaText } from '../exportTexts';
import type { DocxContext } from './docxContext';

/** XI. The budget by funding source, by program and by determinant, each with its total; the total also in words. */
export function budgetSection({ model, w, s, width }: DocxContext): Block[] {
  const b = model.rows.budget;
  if (b.byProgram.length === 0) return [];
  const share = (x: number) => `${new Intl.NumberFormat(w.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100)}%`;
  const amountColumns = [
    { header: w.t('planIo.columns.amount'), width: 1.6, align: 'right' as const },
    { header: '%', width: 0.8, align: 'right' as const },
  ];
  const totalRow = (span: number) => [[{ text: w.t('planIo.columns.total'), span, align: 'left' as const }, w.rupiah(b.total), share(b.total > 0 ? 1 : 0)]];
  return [
    heading(w.t('planIo.docx.bySource'), 2),
    docxTable({
      width,
      columns: [{ header: w.t('planIo.columns.source'), width: 4 }, ...amountColumns],
      rows: b.bySource.map((x) => [s(model.fundingNames[x.sourceId] ?? ''), w.rupiah(x.amount), share(x.share)]),
      foot: totalRow(1),
    }),
    gap(),
    heading(w.t('planIo.docx.byProgram'), 2),
    docxTable({
      width,
      columns: [{ header: w.t('planIo.columns.number'), width: 0.5, align: 'right' }, { header: w.t('planIo.columns.program'), width: 3.5 }, ...amountColumns],
      rows: b.byProgram.map((x) => [String(x.number), s(x.name), w.rupiah(x.amount), share(x.share)]),
      foot: totalRow(2),
    }),
    gap(),
    heading(w.t('planIo.docx.byArea'), 2),
    docxTable({
      width,
      columns: [{ header: w.t('planIo.columns.area'), width: 4 }, ...amountColumns],
      rows: b.byArea.map((x) => [x.area === null ? w.t('planIo.noArea') : areaText(w, x.area), w.rupiah(x.amount), share(x.share)]),
      foot: totalRow(1),
    }),
    gap(),
    ...body(w.t('planIo.docx.totalInWords', { amount: w.rupiah(b.total), words: model.totalInWords }), { bold: true }),
  ];
}
