import { describe, expect, it } from 'vitest';
import type { SwotBoard, SwotItem } from '../../../../shared/domain/swot/schemas';
import { boardReferences } from '../../../../shared/domain/swot/references';
import { columnOf, columnReferences, columnsOf, keyboardMove, placeItem, rankedByDots, type Columns } from '../../../../renderer/src/features/swot/boardModel';

const item = (id: string, quadrant: SwotItem['quadrant'], position: number, dots = 0): SwotItem => ({
  id,
  clusterId: 'c',
  quadrant,
  text: id,
  determinant: null,
  evidence: '',
  position,
  dots,
  votes: [],
  createdAt: '',
  updatedAt: '',
});

const board: SwotBoard = {
  clusterId: 'c',
  dotsPerVoter: 3,
  voters: [],
  strategies: [],
  // Out of order on purpose: the board sorts by position.
  items: [item('s2', 'strength', 1), item('s1', 'strength', 0), item('w1', 'weakness', 0), item('o1', 'opportunity', 0), item('o2', 'opportunity', 1)],
};

describe('the SWOT board model', () => {
  const columns: Columns = columnsOf(board);

  it('names items as the stored board does, and a card moved but not yet stored by its new place', () => {
    expect(columnReferences(columns)).toEqual(boardReferences(board).items);
    const moved = columnReferences(placeItem(columns, 's2', 'strength', 0));
    expect([moved.get('s2'), moved.get('s1')]).toEqual(['S1', 'S2']);
    expect(columnReferences(placeItem(columns, 's1', 'weakness', 1)).get('s1')).toBe('W2');
  });

  it('lists each quadrant in board order and finds the quadrant of an item or of a quadrant id', () => {
    expect(columns).toEqual({ strength: ['s1', 's2'], weakness: ['w1'], opportunity: ['o1', 'o2'], threat: [] });
    expect(columnOf(columns, 'o2')).toBe('opportunity');
    expect(columnOf(columns, 'threat')).toBe('threat');
    expect(columnOf(columns, 'nope')).toBeUndefined();
  });

  it('moves with Alt+arrows within a quadrant, past its ends into the one above or below, and sideways', () => {
    expect(keyboardMove(columns, 's2', 'ArrowUp')).toEqual({ quadrant: 'strength', position: 0 });
    expect(keyboardMove(columns, 's1', 'ArrowUp')).toBeNull();
    expect(keyboardMove(columns, 's2', 'ArrowDown')).toEqual({ quadrant: 'opportunity', position: 0 });
    expect(keyboardMove(columns, 'o1', 'ArrowUp')).toEqual({ quadrant: 'strength', position: 2 });
    expect(keyboardMove(columns, 'o2', 'ArrowDown')).toBeNull();
    // Sideways it keeps its place where the other quadrant has one, else goes last.
    expect(keyboardMove(columns, 's2', 'ArrowRight')).toEqual({ quadrant: 'weakness', position: 1 });
    expect(keyboardMove(columns, 'o2', 'ArrowRight')).toEqual({ quadrant: 'threat', position: 0 });
    expect(keyboardMove(columns, 's1', 'ArrowLeft')).toBeNull();
    expect(keyboardMove(columns, 'w1', 'ArrowLeft')).toEqual({ quadrant: 'strength', position: 0 });
  });

  it('places an item at the place it has afterwards, leaving the columns it came from unchanged', () => {
    expect(placeItem(columns, 's1', 'strength', 1).strength).toEqual(['s2', 's1']);
    expect(placeItem(columns, 's1', 'threat', 5)).toEqual({ strength: ['s2'], weakness: ['w1'], opportunity: ['o1', 'o2'], threat: ['s1'] });
    expect(columns.strength).toEqual(['s1', 's2']);
  });

  it('ranks by dots, equal dots in board order', () => {
    const ranked = rankedByDots([item('a', 'threat', 0, 1), item('b', 'threat', 1, 3), item('c', 'threat', 2, 1)]);
    expect(ranked.map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });
});
