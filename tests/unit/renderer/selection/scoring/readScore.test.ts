import { describe, expect, it } from 'vitest';
import { readScore } from '../../../../../renderer/src/features/selection/scoring/readScore';

describe('readScore', () => {
  it('reads whole numbers and a decimal comma or point in either language', () => {
    expect(readScore('7', 10, 'Faktor', ',')).toEqual({ ok: true, value: 7 });
    expect(readScore('7,5', 10, 'Faktor', ',')).toEqual({ ok: true, value: 7.5 });
    expect(readScore('7.5', 10, 'Faktor', ',')).toEqual({ ok: true, value: 7.5 });
    expect(readScore('7,5', 10, 'Faktor', '.')).toEqual({ ok: true, value: 7.5 });
    expect(readScore(' 0 ', 10, 'Faktor', ',')).toEqual({ ok: true, value: 0 });
    expect(readScore('10', 10, 'Faktor', ',')).toEqual({ ok: true, value: 10 });
  });

  it('reads an empty cell as missing (null), never as 0', () => {
    expect(readScore('', 10, 'Faktor', ',')).toEqual({ ok: true, value: null });
    expect(readScore('   ', 10, 'Faktor', ',')).toEqual({ ok: true, value: null });
  });

  it('refuses text with the schema message', () => {
    expect(readScore('tinggi', 10, 'Faktor', ',')).toEqual({ ok: false, problem: { key: 'selection.validation.scoreNumber', params: {} } });
    expect(readScore('7 jt', 10, 'Faktor', ',')).toMatchObject({ ok: false, problem: { key: 'selection.validation.scoreNumber' } });
    expect(readScore('Rp 5', 10, 'Faktor', ',')).toMatchObject({ ok: false });
  });

  it('refuses above the maximum and below zero with the service message and its parameters', () => {
    expect(readScore('12', 10, 'Faktor', ',')).toEqual({
      ok: false,
      problem: { key: 'errors.scoreOutOfRange', params: { value: '12', criterion: 'Faktor', max: 10 } },
    });
    expect(readScore('10,5', 10, 'Faktor', ',')).toMatchObject({ ok: false, problem: { key: 'errors.scoreOutOfRange' } });
    expect(readScore('-1', 10, 'Faktor', ',')).toMatchObject({ ok: false, problem: { key: 'errors.scoreOutOfRange', params: { value: '-1' } } });
  });
});
