import { quadrants, type Quadrant } from '../../../../shared/domain/swot/codes';
import { quadrantLetter } from '../../../../shared/domain/swot/references';
import type { SwotBoard, SwotItem } from '../../../../shared/domain/swot/schemas';

/** Item ids per quadrant, in board order: what the board draws and what a drag rearranges. */
export type Columns = Record<Quadrant, string[]>;

/** The board's 2×2 grid: inside factors on top, outside below; helpful left, harmful right. */
const grid: Record<Quadrant, { row: number; col: number }> = {
  strength: { row: 0, col: 0 },
  weakness: { row: 0, col: 1 },
  opportunity: { row: 1, col: 0 },
  threat: { row: 1, col: 1 },
};
const at = (row: number, col: number): Quadrant | undefined => quadrants.find((q) => grid[q].row === row && grid[q].col === col);

/**
 * Each item's reference (S1, W2 …) by its place in the columns shown: the names `boardReferences`
 * gives once the board is stored, and at once for a card moved a moment ago.
 */
export function columnReferences(columns: Columns): Map<string, string> {
  return new Map(quadrants.flatMap((q) => columns[q].map((id, i) => [id, `${quadrantLetter[q]}${i + 1}`] as const)));
}

/** A quadrant's items in board order. */
export function itemsOf(board: SwotBoard, quadrant: Quadrant): SwotItem[] {
  return board.items.filter((i) => i.quadrant === quadrant).sort((a, b) => a.position - b.position);
}

export function columnsOf(board: SwotBoard): Columns {
  const entries = quadrants.map((q) => [q, itemsOf(board, q).map((i) => i.id)] as const);
  return Object.fromEntries(entries) as Columns;
}

/** The quadrant holding an id (an item's id, or the quadrant's own). */
export function columnOf(columns: Columns, id: string): Quadrant | undefined {
  if ((quadrants as readonly string[]).includes(id)) return id as Quadrant;
  return quadrants.find((q) => columns[q].includes(id));
}

/** Most dots first; equal dots keep board order, so a ranking never jumps about between equal items. */
export function rankedByDots(items: readonly SwotItem[]): SwotItem[] {
  return [...items].sort((a, b) => b.dots - a.dots || a.position - b.position);
}

/** The dots one participant gave one item. */
export function dotsOn(item: SwotItem, voterId: string): number {
  return item.votes.find((v) => v.voterId === voterId)?.dots ?? 0;
}

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/**
 * Where Alt+arrow sends an item: up and down within its quadrant, and past its first or last
 * place into the quadrant above or below; left and right into the neighbouring quadrant at the
 * same place (or its end). Null where the board ends. The position is the item's place afterwards.
 */
export function keyboardMove(columns: Columns, id: string, key: MoveKey): { quadrant: Quadrant; position: number } | null {
  const from = columnOf(columns, id);
  if (!from) return null;
  const index = columns[from].indexOf(id);
  const { row, col } = grid[from];
  if (key === 'ArrowUp') {
    if (index > 0) return { quadrant: from, position: index - 1 };
    const above = at(row - 1, col);
    return above ? { quadrant: above, position: columns[above].length } : null;
  }
  if (key === 'ArrowDown') {
    if (index < columns[from].length - 1) return { quadrant: from, position: index + 1 };
    const below = at(row + 1, col);
    return below ? { quadrant: below, position: 0 } : null;
  }
  const beside = at(row, key === 'ArrowLeft' ? col - 1 : col + 1);
  return beside ? { quadrant: beside, position: Math.min(index, columns[beside].length) } : null;
}

/** Columns with one item taken out and put in at a place (the place it has afterwards). */
export function placeItem(columns: Columns, id: string, quadrant: Quadrant, position: number): Columns {
  const next = Object.fromEntries(quadrants.map((q) => [q, columns[q].filter((x) => x !== id)])) as Columns;
  next[quadrant].splice(Math.min(position, next[quadrant].length), 0, id);
  return next;
}
