import { describe, expect, it } from 'vitest';
import type { MapActor, Tie } from '../../../../shared/domain/stakeholders/schemas';
import { editedActor, editedTie, readNumber } from '../../../../renderer/src/features/stakeholders/table/fieldEdits';
import { SPOT_GAP, freeSpot, newActorFields, newTieFields } from '../../../../renderer/src/features/stakeholders/table/newRowFields';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const actor: MapActor = { id: 'a1', ...newActorFields('Koperasi Genteng Soka', 'cooperative'), ...stamp, x: 0, y: 0 };
const tie: Tie = { id: 't1', clusterId: 'c1', ...newTieFields('a1', 'a2', 'supply'), ...stamp };

describe('a table cell edit', () => {
  it('sends the whole fields object with the one field changed', () => {
    const r = editedActor(actor, 'influence', '4');
    expect(r).toEqual({ ok: true, fields: { ...newActorFields('Koperasi Genteng Soka', 'cooperative'), influence: 4 } });
    expect(editedActor(actor, 'role', 'none')).toMatchObject({ ok: true, fields: { role: null } });
    expect(editedActor(actor, 'insideCluster', 'no')).toMatchObject({ ok: true, fields: { insideCluster: false } });
  });

  it("refuses what the schema refuses, with the schema's own message", () => {
    expect(editedActor(actor, 'influence', '6')).toEqual({ ok: false, message: 'validation.score0to5' });
    expect(editedActor(actor, 'influence', '2,5')).toEqual({ ok: false, message: 'validation.score0to5' });
    expect(editedActor(actor, 'influence', '')).toEqual({ ok: false, message: 'validation.number' });
    expect(editedActor(actor, 'name', '   ')).toEqual({ ok: false, message: 'validation.required' });
    expect(editedTie(tie, 'strength', '0')).toEqual({ ok: false, message: 'validation.scale1to5' });
    expect(editedTie(tie, 'since', '2026-02-30')).toEqual({ ok: false, message: 'validation.date' });
  });

  it('keeps an unrecorded trust missing: an empty cell is null, never the lowest score', () => {
    expect(editedTie({ ...tie, trust: 4 }, 'trust', ' ')).toMatchObject({ ok: true, fields: { trust: null } });
    expect(editedTie(tie, 'trust', '3')).toMatchObject({ ok: true, fields: { trust: 3 } });
    expect(editedTie(tie, 'since', '')).toMatchObject({ ok: true, fields: { since: null } });
  });

  it('reads numbers typed in either language, and empty text as no number', () => {
    expect(readNumber(' 3 ')).toBe(3);
    expect(readNumber('2,5')).toBe(2.5);
    expect(readNumber('')).toBeNaN();
  });
});

describe('freeSpot', () => {
  it('starts at the origin on an empty map', () => {
    expect(freeSpot([])).toEqual({ x: 0, y: 0 });
  });

  it('fills the rightmost column top down, then opens a new column to its right', () => {
    const column = [0, 1, 2].map((i) => ({ x: 500, y: i * SPOT_GAP }));
    const map = [{ x: 0, y: 0 }, ...column.slice(0, 1), ...column.slice(2)];
    expect(freeSpot(map)).toEqual({ x: 500, y: SPOT_GAP });
    expect(freeSpot([{ x: 0, y: 0 }, ...column])).toEqual({ x: 500 + SPOT_GAP, y: 0 });
  });

  it('never lands on an actor', () => {
    const positions = Array.from({ length: 60 }, (_, i) => ({ x: (i % 7) * 90, y: Math.floor(i / 7) * 80 }));
    const spot = freeSpot(positions);
    expect(positions.every((p) => Math.hypot(p.x - spot.x, p.y - spot.y) >= SPOT_GAP * 0.6)).toBe(true);
  });
});
