import type { PdmRow } from '../../../../../shared/domain/plan/views';
import { type Block, type Cell, SHADE, SIZE } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { actorText, pdmIndicatorText, pdmLevelNames } from '../exportTexts';
import { column, sectionTable } from './sectionTable';

/**
 * IX. JICA's Project Design Matrix (narrative summary × indicators × means of verification ×
 * important assumptions, by level), then its plan of operation: each activity's months, lead and budget.
 */
export function pdmSection(ctx: DocxContext): Block[] {
  const { model, w, s } = ctx;
  const { pdm, operation } = model.rows;
  if (pdm.length === 0 && operation.length === 0) return [];
  const levelName = pdmLevelNames(w);
  const rows: (Cell | string)[][] = [];
  let level: PdmRow['level'] | null = null;
  for (const r of pdm) {
    // Each level opens with a shaded row naming it, as the PDM's rows are grouped.
    if (r.level !== level) rows.push([{ text: levelName[r.level], span: 4, bold: true, shade: SHADE.group }]);
    level = r.level;
    rows.push([(r.number ? `${r.number}. ` : '') + s(r.summary), r.indicators.map(pdmIndicatorText).join('\n'), r.means.map(s).join('\n'), s(r.assumptions)]);
  }
  return [
    ...(pdm.length === 0
      ? []
      : sectionTable(ctx, {
          size: SIZE.wide,
          columns: [column(w, 'summary', 3), column(w, 'indicators', 2.4), column(w, 'means', 1.8), column(w, 'assumptions', 1.8)],
          rows,
        })),
    ...(operation.length === 0
      ? []
      : sectionTable(ctx, {
          title: w.t('planIo.docx.operation'),
          size: SIZE.wide,
          columns: [column(w, 'number', 0.6), column(w, 'activity', 3.4), column(w, 'period', 1.6), column(w, 'lead', 1.9), column(w, 'budget', 1.5, 'right')],
          rows: operation.map((o) => [o.number, s(o.name), w.months(o.start, o.end), actorText(w, o.lead), w.rowAmount(o.budget)]),
        })),
  ];
}
