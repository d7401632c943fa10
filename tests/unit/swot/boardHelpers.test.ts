import { describe, expect, it } from 'vitest';
import { dotsLeft, dotsUsedByVoter } from '../../../shared/domain/swot/dotTally';
import { swotTable, towsTable } from '../../../shared/domain/swot/exportRows';
import { labelText } from '../../../shared/domain/swot/labelText';
import { linkFits, linkQuadrantParams } from '../../../shared/domain/swot/linkRules';
import { boardReferences } from '../../../shared/domain/swot/references';
import type { Quadrant, StrategyKind, SwotBoard, SwotItem, TowsStrategy } from '../../../shared/domain/swot/schemas';

const stamp = '2026-01-01T00:00:00.000Z';
const item = (id: string, quadrant: Quadrant, position: number, votes: SwotItem['votes'] = []): SwotItem => ({
  id,
  clusterId: 'c',
  quadrant,
  text: `teks ${id}`,
  determinant: quadrant === 'threat' ? null : 'factor',
  evidence: '',
  position,
  dots: votes.reduce((s, v) => s + v.dots, 0),
  votes,
  createdAt: stamp,
  updatedAt: stamp,
});
const strategy = (id: string, kind: StrategyKind, position: number, itemIds: string[]): TowsStrategy => ({
  id,
  clusterId: 'c',
  kind,
  text: `strategi ${id}`,
  itemIds,
  position,
  createdAt: stamp,
  updatedAt: stamp,
});

/** Items listed out of order on purpose: references follow positions, not the list. */
const board: SwotBoard = {
  clusterId: 'c',
  dotsPerVoter: 3,
  items: [
    item('b', 'strength', 1),
    item('a', 'strength', 0, [{ voterId: 'v1', dots: 2 }]),
    item('o', 'opportunity', 0, [{ voterId: 'v1', dots: 1 }]),
    item('t', 'threat', 0),
  ],
  voters: [
    { id: 'v1', clusterId: 'c', name: 'Bu Siti', actorId: null, position: 0 },
    { id: 'v2', clusterId: 'c', name: 'Pak Joko', actorId: null, position: 1 },
  ],
  strategies: [strategy('x', 'SO', 0, ['o', 'b']), strategy('y', 'ST', 1, ['a', 't']), strategy('z', 'SO', 2, ['a'])],
};
const word = (key: string) => `[${key}]`;

describe('SWOT board helpers', () => {
  it('numbers items within their quadrant and strategies within their kind, by position', () => {
    const refs = boardReferences(board);
    expect(Object.fromEntries(refs.items)).toEqual({ a: 'S1', b: 'S2', o: 'O1', t: 'T1' });
    expect(Object.fromEntries(refs.strategies)).toEqual({ x: 'SO1', y: 'ST1', z: 'SO2' });
  });

  it('tallies dots per participant, zero for those who gave none', () => {
    expect(Object.fromEntries(dotsUsedByVoter(board))).toEqual({ v1: 3, v2: 0 });
    expect([dotsLeft(board, 'v1'), dotsLeft(board, 'v2')]).toEqual([0, 3]);
  });

  it('knows which quadrants each kind of strategy draws on', () => {
    expect((['strength', 'weakness', 'opportunity', 'threat'] as const).filter((q) => linkFits('WT', q))).toEqual(['weakness', 'threat']);
    expect(linkQuadrantParams('SO')).toEqual({ kind: 'swot.codes.strategyKinds.SO', quadrants: 'swot.codes.strategyQuadrants.SO' });
  });

  it('shortens long texts for undo labels at a word', () => {
    expect(labelText('  Tanah liat\nmelimpah ')).toBe('Tanah liat melimpah');
    const long = labelText('Konsorsium dari dua koperasi sudah menjalankan pemasaran bersama di Bali');
    expect(long).toBe('Konsorsium dari dua koperasi sudah…');
    expect(labelText('x'.repeat(60))).toBe(`${'x'.repeat(40)}…`);
  });

  it('lays out the SWOT and TOWS tables with references, words from the catalog and the items behind each strategy', () => {
    const sorted = { ...board, items: [board.items[1]!, board.items[0]!, board.items[2]!, board.items[3]!] };
    const swot = swotTable(sorted, word);
    expect(swot.headers[0]).toBe('[swotIo.columns.quadrant]');
    expect(swot.rows[0]).toEqual(['[swot.codes.quadrants.strength]', 'S1', 'teks a', '[selection.codes.determinants.factor]', '', 2, 'ST1, SO2']);
    expect(swot.rows[3]).toEqual(['[swot.codes.quadrants.threat]', 'T1', 'teks t', '', '', 0, 'ST1']);
    const tows = towsTable(sorted, word);
    expect(tows.rows[0]).toEqual(['[swot.codes.strategyKinds.SO]', 'SO1', 'strategi x', 'O1, S2', 'O1: teks o\nS2: teks b']);
  });
});
