import { type Block, type Cell, SHADE, SIZE } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { actorText, periodText, sourceAmountsText } from '../exportTexts';
import { column, sectionTable } from './sectionTable';

/**
 * VIII. The Matriks Rencana Aksi in the layout regional work plans use, so a Dinas can lift it
 * into its own: a program row (shaded, its whole budget), then one row per kegiatan.
 */
export function actionMatrixSection(ctx: DocxContext): Block[] {
  const { model, w, s } = ctx;
  const rows = model.rows.actionMatrix;
  if (rows.length === 0) return [];
  const cells = rows.map((r): (Cell | string)[] => {
    const program = r.level === 'program';
    const look = { bold: program, shade: program ? SHADE.group : undefined };
    const months = periodText(w, r.start, r.end);
    const period = months ? `\n(${months})` : '';
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
  return sectionTable(ctx, {
    size: SIZE.wide,
    columns: [
      column(w, 'number', 0.5),
      column(w, 'programActivity', 2.2),
      column(w, 'performanceIndicator', 1.8),
      column(w, 'target', 1.1),
      column(w, 'location', 1.2),
      column(w, 'ceiling', 1.4, 'right'),
      column(w, 'source', 1.7),
      column(w, 'responsible', 1.4),
    ],
    rows: cells,
    foot: [
      [
        { text: w.t('planIo.columns.total'), span: 5 },
        { text: w.rupiah(total), align: 'right' },
        { text: '', span: 2 },
      ],
    ],
  });
}
