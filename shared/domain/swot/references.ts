import type { Quadrant } from './codes';
import type { SwotBoard } from './schemas';

/** The letter that names a quadrant's items in references (S1, W2, O1, T3), as SWOT is written in both languages. */
export const quadrantLetter: Record<Quadrant, string> = { strength: 'S', weakness: 'W', opportunity: 'O', threat: 'T' };

/**
 * How a plan or a table cites the board: each item as its quadrant's letter and its place in the
 * quadrant (S1, S2 …, O1 …), each strategy as its kind and its place among that kind (SO1, WT2 …).
 */
export function boardReferences(board: Pick<SwotBoard, 'items' | 'strategies'>): { items: Map<string, string>; strategies: Map<string, string> } {
  const count = new Map<string, number>();
  const next = (group: string) => {
    const n = (count.get(group) ?? 0) + 1;
    count.set(group, n);
    return `${group}${n}`;
  };
  const byPlace = <T extends { position: number; id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const items = new Map(byPlace(board.items).map((i) => [i.id, next(quadrantLetter[i.quadrant])]));
  const strategies = new Map(byPlace(board.strategies).map((s) => [s.id, next(s.kind)]));
  return { items, strategies };
}
