import { type Block, body } from './docxBlocks';
import { areaText } from '../exportTexts';
import type { DocxContext } from './docxContext';
import { column, sectionTable } from './sectionTable';

/** V. The 10-year vision and its long-term targets, each tied to a determinant or social capital. */
export function visionSection(ctx: DocxContext): Block[] {
  const { model, w, s } = ctx;
  const h = model.plan.header;
  if (h.vision.trim() === '' && h.targets.length === 0) return [];
  return [
    ...(h.vision.trim() === '' ? [] : body(s(h.vision))),
    ...(h.targets.length === 0
      ? []
      : sectionTable(ctx, {
          title: w.t('planIo.docx.targets'),
          columns: [column(w, 'number', 0.5, 'right'), column(w, 'visionTarget', 4), column(w, 'area', 2), column(w, 'targetValue', 2)],
          rows: h.targets.map((t, i) => [String(i + 1), s(t.text), areaText(w, t.area), s(t.target)]),
        })),
  ];
}
