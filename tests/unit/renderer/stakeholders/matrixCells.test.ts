import { describe, expect, it } from 'vitest';
import { actorKinds, sectors } from '../../../../shared/domain/stakeholders/codes';
import type { MapActor, ResponsibilityMatrix } from '../../../../shared/domain/stakeholders/schemas';
import { leadsByActor, leadsByRow, matrixColumns, nextValue, valueOfKey } from '../../../../renderer/src/features/stakeholders/matrix/matrixCells';
import { newActorFields } from '../../../../renderer/src/features/stakeholders/table/newRowFields';

describe('a responsibility matrix cell', () => {
  it('cycles empty → takes part → leads → empty', () => {
    expect(nextValue(null)).toBe('part');
    expect(nextValue('part')).toBe('lead');
    expect(nextValue('lead')).toBeNull();
  });

  it('is set by P, L, 0, Delete or Backspace, in either case; other keys set nothing', () => {
    expect(valueOfKey('p')).toBe('part');
    expect(valueOfKey('L')).toBe('lead');
    expect(valueOfKey('0')).toBeNull();
    expect(valueOfKey('Delete')).toBeNull();
    expect(valueOfKey('Backspace')).toBeNull();
    expect(valueOfKey('x')).toBeUndefined();
    expect(valueOfKey('Enter')).toBeUndefined();
  });
});

describe('the matrix counts', () => {
  const m: ResponsibilityMatrix = {
    rows: ['r1', 'r2', 'r3'].map((id, position) => ({ id, clusterId: 'c', label: id, position })),
    cells: [
      { rowId: 'r1', actorId: 'a', value: 'lead' },
      { rowId: 'r1', actorId: 'b', value: 'part' },
      { rowId: 'r2', actorId: 'a', value: 'lead' },
      { rowId: 'r2', actorId: 'b', value: 'lead' },
    ],
  };
  it('how many rows each actor leads and how many leads each row has', () => {
    expect(Object.fromEntries(leadsByActor(m))).toEqual({ a: 2, b: 1 });
    expect(Object.fromEntries(leadsByRow(m))).toEqual({ r1: 1, r2: 2 });
    expect(leadsByRow(m).get('r3')).toBeUndefined();
  });
});

describe('matrixColumns', () => {
  const stamp = { createdAt: '', updatedAt: '', x: 0, y: 0 };
  const actors: MapActor[] = [
    { id: '1', ...newActorFields('Zaenal foundry', 'sme'), ...stamp },
    { id: '2', ...newActorFields('Bank Jateng', 'bank'), ...stamp },
    { id: '3', ...newActorFields('Dinas Perindustrian', 'agency'), ...stamp },
    { id: '4', ...newActorFields('Ahmad foundry', 'sme'), ...stamp },
  ];
  const order = { sector: sectors, kind: actorKinds };
  it('orders by sector, kind, then name, and keeps only the chosen kinds and sectors', () => {
    expect(matrixColumns(actors, { kinds: [], sectors: [] }, order, 'id-ID').map((a) => a.id)).toEqual(['3', '4', '1', '2']);
    expect(matrixColumns(actors, { kinds: ['sme'], sectors: [] }, order, 'id-ID').map((a) => a.id)).toEqual(['4', '1']);
    expect(matrixColumns(actors, { kinds: [], sectors: ['government'] }, order, 'id-ID').map((a) => a.id)).toEqual(['3']);
  });
});
