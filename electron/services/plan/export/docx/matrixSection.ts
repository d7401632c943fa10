import type { Block } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { column, sectionTable } from './sectionTable';

/**
 * XII. The responsibility matrix (JICA Table 4.1), one row per strategy or program naming who
 * leads and who takes part: legible in portrait however many actors the map has.
 */
export function matrixSection(ctx: DocxContext): Block[] {
  const { model, w, s } = ctx;
  const m = model.matrix;
  if (!m) return [];
  const names = (cells: Record<string, string>, value: string) =>
    m.actors
      .filter((a) => cells[a.id] === value)
      .map((a) => s(a.name))
      .join('\n');
  return sectionTable(ctx, {
    columns: [
      column(w, 'number', 0.5, 'right'),
      column(w, 'strategyProgram', 3.5),
      { header: w.t('stakeholders.codes.matrix.lead'), width: 2.2 },
      { header: w.t('stakeholders.codes.matrix.part'), width: 2.8 },
    ],
    rows: m.rows.map((r, i) => [String(i + 1), s(r.label), names(r.cells, 'lead'), names(r.cells, 'part')]),
  });
}
