import { type Block, type Column, body } from './docxBlocks';
import { areaText } from '../exportTexts';
import type { DocxContext } from './docxContext';
import { column, sectionTable } from './sectionTable';

/** XI. The budget by funding source, by program and by determinant, each with its total; the total also in words. */
export function budgetSection(ctx: DocxContext): Block[] {
  const { model, w, s, percent } = ctx;
  const b = model.rows.budget;
  if (b.byProgram.length === 0) return [];
  const share = (x: number) => percent(x * 100);
  const amountColumns: Column[] = [column(w, 'amount', 1.6, 'right'), { header: '%', width: 0.8, align: 'right' }];
  const totalRow = (span: number) => [[{ text: w.t('planIo.columns.total'), span, align: 'left' as const }, w.rupiah(b.total), share(b.total > 0 ? 1 : 0)]];
  return [
    ...sectionTable(ctx, {
      title: w.t('planIo.docx.bySource'),
      columns: [column(w, 'source', 4), ...amountColumns],
      rows: b.bySource.map((x) => [s(model.fundingNames[x.sourceId] ?? ''), w.rupiah(x.amount), share(x.share)]),
      foot: totalRow(1),
    }),
    ...sectionTable(ctx, {
      title: w.t('planIo.docx.byProgram'),
      columns: [column(w, 'number', 0.5, 'right'), column(w, 'program', 3.5), ...amountColumns],
      rows: b.byProgram.map((x) => [String(x.number), s(x.name), w.rupiah(x.amount), share(x.share)]),
      foot: totalRow(2),
    }),
    ...sectionTable(ctx, {
      title: w.t('planIo.docx.byArea'),
      columns: [column(w, 'area', 4), ...amountColumns],
      rows: b.byArea.map((x) => [x.area === null ? w.t('planIo.noArea') : areaText(w, x.area), w.rupiah(x.amount), share(x.share)]),
      foot: totalRow(1),
    }),
    ...body(w.t('planIo.docx.totalInWords', { amount: w.rupiah(b.total), words: model.totalInWords }), { bold: true }),
  ];
}
