import type { MapActor, Position } from '../schemas';
import { nodeRadius } from '../drawing/mapStyle';
import { byKindThenInfluence, slotHeight, slotWidth } from './layoutSpacing';
import { cellCentre, packColumns, powerInterestQuadrants } from './powerInterestQuadrants';

/**
 * The power–interest grid: each actor in the cell of its interest (x) and influence (y, upwards);
 * actors with the same scores are packed in a block centred in their cell, grouped by sector then
 * kind, so none overlap and every actor stays inside its quadrant.
 */
export function powerInterestGrid(actors: readonly MapActor[]): Position[] {
  const grid = powerInterestQuadrants(actors);
  const cells = new Map<string, MapActor[]>();
  for (const a of actors) {
    const key = `${a.influence}/${a.interest}`;
    const list = cells.get(key);
    if (list) list.push(a);
    else cells.set(key, [a]);
  }
  const out: Position[] = [];
  for (const list of cells.values()) {
    list.sort((a, b) => (a.sector < b.sector ? -1 : a.sector > b.sector ? 1 : byKindThenInfluence(a, b)));
    const first = list[0]!;
    const centre = cellCentre(grid, first.influence, first.interest);
    const w = slotWidth(nodeRadius(first.influence));
    const h = slotHeight(nodeRadius(first.influence));
    const cols = packColumns(list.length, w, h);
    const rows = Math.ceil(list.length / cols);
    list.forEach((a, i) => {
      const row = Math.floor(i / cols);
      // The last row is centred on its own so a short row does not hang to the left.
      const inRow = row === rows - 1 ? list.length - row * cols : cols;
      const col = i - row * cols;
      out.push({ actorId: a.id, x: centre.x + (col - (inRow - 1) / 2) * w, y: centre.y + (row - (rows - 1) / 2) * h });
    });
  }
  return out;
}
