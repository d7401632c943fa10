import type { PdmRow } from '../../../../../shared/domain/plan/views';
import { type Block, type Cell, SHADE, SIZE, docxTable, gap, heading } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { actorText, pdmIndicatorText, pdmLevelNames } from '../exportTexts';

/**
 * IX. JICA's Project Design Matrix (narrative summary × indicators × means of verification ×
 * important assumptions, by level), then its plan of operation: each activity's months, lead and budget.
 */
export function pdmSection(ctx: DocxContext): Block[] {
  const { model, w, s, width } = ctx;
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
      : [
          docxTable({
            width,
            size: SIZE.wide,
            columns: [
              { header: w.t('planIo.columns.summary'), width: 3 },
              { header: w.t('planIo.columns.indicators'), width: 2.4 },
              { header: w.t('planIo.columns.means'), width: 1.8 },
              { header: w.t('planIo.columns.assumptions'), width: 1.8 },
            ],
            rows,
          }),
          gap(),
        ]),
    ...(operation.length === 0
      ? []
      : [
          heading(w.t('planIo.docx.operation'), 2),
          docxTable({
            width,
            size: SIZE.wide,
            columns: [
              { header: w.t('planIo.columns.number'), width: 0.6 },
              { header: w.t('planIo.columns.activity'), width: 3.4 },
              { header: w.t('planIo.columns.period'), width: 1.6 },
              { header: w.t('planIo.columns.lead'), width: 1.9 },
              { header: w.t('planIo.columns.budget'), width: 1.5, align: 'right' },
            ],
            rows: operation.map((o) => [o.number, s(o.name), w.months(o.start, o.end), actorText(w, o.lead), w.rowAmount(o.budget)]),
          }),
          gap(),
        ]),
  ];
}
