import { type Block, docxTable } from './docxBlocks';
import type { DocxContext } from './docxContext';

/** I. The cluster's profile: its facts as a two-column table. */
export function profileSection({ model, w, s, width }: DocxContext): Block[] {
  if (model.facts.length === 0) return [];
  return [
    docxTable({
      width,
      columns: [
        { header: w.t('planIo.columns.fact'), width: 1 },
        { header: w.t('planIo.columns.value'), width: 2 },
      ],
      rows: model.facts.map((f) => [{ text: f.label, bold: true }, s(f.value)]),
    }),
  ];
}
