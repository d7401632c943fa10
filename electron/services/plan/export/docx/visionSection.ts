import { type Block, docxTable, body, gap, heading } from './docxBlocks';
import { areaText } from '../exportTexts';
import type { DocxContext } from './docxContext';

/** V. The 10-year vision and its long-term targets, each tied to a determinant or social capital. */
export function visionSection({ model, w, s, width }: DocxContext): Block[] {
  const h = model.plan.header;
  if (h.vision.trim() === '' && h.targets.length === 0) return [];
  return [
    ...(h.vision.trim() === '' ? [] : body(s(h.vision))),
    ...(h.targets.length === 0
      ? []
      : [
          heading(w.t('planIo.docx.targets'), 2),
          docxTable({
            width,
            columns: [
              { header: w.t('planIo.columns.number'), width: 0.5, align: 'right' },
              { header: w.t('planIo.columns.visionTarget'), width: 4 },
              { header: w.t('planIo.columns.area'), width: 2 },
              { header: w.t('planIo.columns.targetValue'), width: 2 },
            ],
            rows: h.targets.map((t, i) => [String(i + 1), s(t.text), areaText(w, t.area), s(t.target)]),
          }),
          gap(),
        ]),
  ];
}
