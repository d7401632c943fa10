import { quadrants } from '../../../../../shared/domain/swot/codes';
import { type Block, docxTable, gap, heading } from './docxBlocks';
import { areaText } from '../exportTexts';
import type { DocxContext } from './docxContext';

/** III. SWOT, one table per quadrant, then the TOWS strategies with the items they cite. */
export function swotSection({ model, w, s, width }: DocxContext): Block[] {
  const swot = model.swot;
  if (!swot) return [];
  const withDots = swot.voters > 0;
  const blocks: Block[] = [];
  for (const q of quadrants) {
    const items = swot.items.filter((i) => i.quadrant === q);
    if (items.length === 0) continue;
    blocks.push(
      heading(w.t(`swot.codes.quadrants.${q}`), 2),
      docxTable({
        width,
        columns: [
          { header: w.t('planIo.columns.code'), width: 0.6 },
          { header: w.t('planIo.columns.item'), width: 4 },
          { header: w.t('planIo.columns.area'), width: 1.6 },
          { header: w.t('planIo.columns.evidence'), width: 2 },
          ...(withDots ? [{ header: w.t('planIo.columns.dots'), width: 0.6, align: 'right' as const }] : []),
        ],
        rows: items.map((i) => [i.code, s(i.text), areaText(w, i.determinant), s(i.evidence), ...(withDots ? [w.count(i.dots)] : [])]),
      }),
      gap(),
    );
  }
  if (swot.strategies.length > 0)
    blocks.push(
      heading(w.t('planIo.docx.tows'), 2),
      docxTable({
        width,
        columns: [
          { header: w.t('planIo.columns.code'), width: 0.7 },
          { header: w.t('planIo.columns.kind'), width: 1.3 },
          { header: w.t('planIo.columns.strategy'), width: 5 },
          { header: w.t('planIo.columns.items'), width: 1.2 },
        ],
        rows: swot.strategies.map((st) => [st.code, w.t(`swot.codes.strategyKinds.${st.kind}`), s(st.text), st.itemCodes.join(', ')]),
      }),
      gap(),
    );
  return blocks;
}
