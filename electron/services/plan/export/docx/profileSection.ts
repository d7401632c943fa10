import { type Block, docxTable } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { column } from './sectionTable';

/** I. The cluster's profile: its facts as a two-column table. */
export function profileSection({ model, w, s, width }: DocxContext): Block[] {
  if (model.facts.length === 0) return [];
  return [
    docxTable({
      width,
      columns: [column(w, 'fact', 1), column(w, 'value', 2)],
      rows: model.facts.map((f) => [{ text: f.label, bold: true }, s(f.value)]),
    }),
  ];
}
