import { quadrants } from '../../../../../shared/domain/swot/codes';
import type { Block } from './docxBlocks';
import { areaText } from '../exportTexts';
import type { DocxContext } from './docxContext';
import { column, sectionTable } from './sectionTable';

/** III. SWOT, one table per quadrant, then the TOWS strategies with the items they cite. */
export function swotSection(ctx: DocxContext): Block[] {
  const { model, w, s } = ctx;
  const swot = model.swot;
  if (!swot) return [];
  const withDots = swot.voters > 0;
  const blocks: Block[] = [];
  for (const q of quadrants) {
    const items = swot.items.filter((i) => i.quadrant === q);
    if (items.length === 0) continue;
    blocks.push(
      ...sectionTable(ctx, {
        title: w.t(`swot.codes.quadrants.${q}`),
        columns: [
          column(w, 'code', 0.6),
          column(w, 'item', 4),
          column(w, 'area', 1.6),
          column(w, 'evidence', 2),
          ...(withDots ? [column(w, 'dots', 0.6, 'right')] : []),
        ],
        rows: items.map((i) => [i.code, s(i.text), areaText(w, i.determinant), s(i.evidence), ...(withDots ? [w.count(i.dots)] : [])]),
      }),
    );
  }
  if (swot.strategies.length > 0)
    blocks.push(
      ...sectionTable(ctx, {
        title: w.t('planIo.docx.tows'),
        columns: [column(w, 'code', 0.7), column(w, 'kind', 1.3), column(w, 'strategy', 5), column(w, 'items', 1.2)],
        rows: swot.strategies.map((st) => [st.code, w.t(`swot.codes.strategyKinds.${st.kind}`), s(st.text), st.itemCodes.join(', ')]),
      }),
    );
  return blocks;
}
