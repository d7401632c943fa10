import { type Block, type Cell, SHADE, SIZE, docxTable, gap } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { actorText, sourceAmountsText } from '../exportTexts';

/**
 * VIII. The Matriks Rencana Aksi in the layout regional work plans use, so a Dinas can lift it
 * into its own: a program row (shaded, its whole budget), then one row per kegiatan.
 */
export function actionMatrixSection(ctx: DocxContext): Block[] {
  const { model, w, s, width } = ctx;
  const rows = model.rows.actionMatrix;
  if (rows.length === 0) return [];
  const cells = rows.map((r): (Cell | string)[] => {
    const program = r.level === 'program';
    const look = { bold: program, shade: program ? SHADE.group : undefined };
    const period = r.start && r.end ? `\n(${w.months(r.start, r.end)})` : '';
    return [
      { text: r.number, ...look },
      { text: s(r.name) + period, ...look },
      { text: r.indicators.map((i) => s(i.name)).join('\n'), ...look },
      { text: r.indicators.map((i) => s(i.target)).join('\n'), ...look },
      { text: s(r.location), ...look },
      { text: w.rowAmount(r.budget), ...look, align: 'right' },
      { text: sourceAmountsText(model, w, r.sources), ...look },
      { text: actorText(w, r.lead), ...look },
    ];
  });
  const total = rows.filter((r) => r.level === 'program').reduce((sum, r) => sum + r.budget, 0);
  return [
    docxTable({
      width,
      size: SIZE.wide,
      columns: [
        { header: w.t('planIo.columns.number'), width: 0.5 },
        { header: w.t('planIo.columns.programActivity'), width: 2.2 },
        { header: w.t('planIo.columns.performanceIndicator'), width: 1.8 },
        { header: w.t('planIo.columns.target'), width: 1.1 },
        { header: w.t('planIo.columns.location'), width: 1.2 },
        { header: w.t('planIo.columns.ceiling'), width: 1.4, align: 'right' },
        { header: w.t('planIo.columns.source'), width: 1.7 },
        { header: w.t('planIo.columns.responsible'), width: 1.4 },
      ],
      rows: cells,
      foot: [
        [
          { text: w.t('planIo.columns.total'), span: 5 },
          { text: w.rupiah(total), align: 'right' },
          { text: '', span: 2 },
        ],
      ],
    }),
    gap(),
  ];
}
