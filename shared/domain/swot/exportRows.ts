import type { ExportTable } from '../stakeholders/io/exportRows';
import { boardReferences } from './references';
import type { SwotBoard } from './schemas';

/** A catalog text by its key, in the language of the file being written. */
export type Word = (key: string) => string;

const swotColumns = ['quadrant', 'ref', 'item', 'determinant', 'evidence', 'dots', 'strategies'] as const;
const towsColumns = ['kind', 'ref', 'strategy', 'items', 'itemTexts'] as const;

/**
 * The SWOT items, quadrant by quadrant in board order: quadrant, reference (S1 …), text,
 * determinant, evidence, dots, and the strategies that cite the item (SO1, WT2 …).
 */
export function swotTable(board: SwotBoard, word: Word): ExportTable {
  const refs = boardReferences(board);
  const citedBy = new Map<string, string[]>();
  for (const s of board.strategies) for (const id of s.itemIds) citedBy.set(id, [...(citedBy.get(id) ?? []), refs.strategies.get(s.id)!]);
  return {
    headers: swotColumns.map((c) => word(`swotIo.columns.${c}`)),
    rows: board.items.map((i) => [
      word(`swot.codes.quadrants.${i.quadrant}`),
      refs.items.get(i.id)!,
      i.text,
      i.determinant === null ? '' : word(`selection.codes.determinants.${i.determinant}`),
      i.evidence,
      i.dots,
      (citedBy.get(i.id) ?? []).join(', '),
    ]),
  };
}

/** The TOWS strategies in board order: kind, reference (SO1 …), text, the items behind it (S1, O2) and their texts. */
export function towsTable(board: SwotBoard, word: Word): ExportTable {
  const refs = boardReferences(board);
  const items = new Map(board.items.map((i) => [i.id, i]));
  return {
    headers: towsColumns.map((c) => word(`swotIo.columns.${c}`)),
    rows: board.strategies.map((s) => {
      const cited = s.itemIds.filter((id) => items.has(id));
      return [
        word(`swot.codes.strategyKinds.${s.kind}`),
        refs.strategies.get(s.id)!,
        s.text,
        cited.map((id) => refs.items.get(id)!).join(', '),
        cited.map((id) => `${refs.items.get(id)!}: ${items.get(id)!.text}`).join('\n'),
      ];
    }),
  };
}
