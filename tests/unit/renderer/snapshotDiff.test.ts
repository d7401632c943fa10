import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { compareMaps } from '../../../shared/domain/stakeholders/compare/compareMaps';
import type { MapState } from '../../../shared/domain/stakeholders/compare/types';
import { defaultMapSettings, type MapActor, type Tie } from '../../../shared/domain/stakeholders/schemas';
import { diffDrawing } from '../../../renderer/src/features/stakeholders/snapshots/diffDrawing';
import { fieldValue } from '../../../renderer/src/features/stakeholders/snapshots/fieldValue';
import { mapActor, mapTie } from '../stakeholders/mapRecords';

const actor = (id: string, x: number, extra: Partial<MapActor> = {}) => mapActor(id, { name: id.toUpperCase(), x, ...extra });
const tie = (id: string, from: string, to: string, extra: Partial<Tie> = {}) =>
  mapTie(id, from, to, { clusterId: 'c', type: 'information', trust: 3, ...extra });

describe('the drawing of a comparison', () => {
  const before: MapState = {
    settings: defaultMapSettings,
    actors: [actor('a', 0), actor('b', 10), actor('gone', 99)],
    ties: [tie('t1', 'a', 'b'), tie('t2', 'b', 'gone')],
  };
  const after: MapState = {
    settings: defaultMapSettings,
    actors: [actor('a', 5), actor('b', 10, { attitude: 'supportive' }), actor('new', 20)],
    ties: [tie('t1', 'a', 'b', { trust: 5 }), tie('t3', 'a', 'new')],
  };
  const drawn = diffDrawing(after, compareMaps(before, after));

  it('draws the later map and what left it, the removed at the places they stood', () => {
    expect(drawn.actors.map((a) => a.id).sort()).toEqual(['a', 'b', 'gone', 'new']);
    expect(drawn.actors.find((a) => a.id === 'gone')?.x).toBe(99);
    expect(drawn.actors.find((a) => a.id === 'a')?.x).toBe(5);
    expect(drawn.ties.map((t) => t.id).sort()).toEqual(['t1', 't2', 't3']);
  });

  it('marks actors and ties added, removed and changed (a move alone is no change)', () => {
    expect([...drawn.marks.added].sort()).toEqual(['new', 't3']);
    expect([...drawn.marks.removed].sort()).toEqual(['gone', 't2']);
    expect([...drawn.marks.changed].sort()).toEqual(['b', 't1']);
  });
});

describe('a changed field in words', () => {
  const t = ((key: string) => `<${key}>`) as unknown as TFunction;
  const nameOf = (id: string) => `name of ${id}`;

  it('names codes, yes / no and actors, and marks the unknown', () => {
    expect(fieldValue('kind', 'bank', t, nameOf)).toBe('<stakeholders.codes.kind.bank>');
    expect(fieldValue('type', 'finance', t, nameOf)).toBe('<stakeholders.codes.tieType.finance>');
    expect(fieldValue('formal', true, t, nameOf)).toBe('<stakeholders.codes.yes>');
    expect(fieldValue('from', 'x1', t, nameOf)).toBe('name of x1');
    expect(fieldValue('trust', null, t, nameOf)).toBe('—');
    expect(fieldValue('influence', 0, t, nameOf)).toBe('0');
  });

  it('cuts long notes short', () => {
    expect(fieldValue('notes', 'x'.repeat(200), t, nameOf)).toHaveLength(60);
  });
});
