import { describe, expect, it } from 'vitest';
import type { TieType } from '../../../shared/domain/stakeholders/codes';
import { mapToSvg } from '../../../shared/domain/stakeholders/drawing/mapToSvg';
import { computeLayout } from '../../../shared/domain/stakeholders/layouts/computeLayout';
import { syntheticStakeholderMap } from '../../bench/stakeholders/syntheticStakeholderMap';

/** A laid-out map whose ties are all of one type at strength 1 (width 1.5: the dash is not widened). */
function mapOf(type: TieType) {
  const map = syntheticStakeholderMap(40, 60);
  const at = computeLayout('force', map.actors, map.ties);
  return {
    actors: map.actors.map((a, i) => ({ ...a, x: at[i]!.x, y: at[i]!.y })),
    ties: map.ties.map((tie) => ({ ...tie, type, strength: 1, directed: false })),
  };
}

const draw = (type: TieType, dashUnitPx?: number) =>
  mapToSvg({
    ...mapOf(type),
    layout: 'force',
    t: (key) => key,
    title: 'Peta',
    dateText: '7 Desember 2026',
    filtersText: null,
    ...(dashUnitPx === undefined ? {} : { dashUnitPx }),
  });

/** The map's scale (map units → picture px) and the dash patterns of its ties and of the legend's samples. */
function dashes(svg: string) {
  const scale = Number(/scale\(([\d.]+)\)/.exec(svg)![1]);
  const ties = svg.slice(svg.indexOf('<g class="ties"'), svg.indexOf('<g class="actors"'));
  const legend = svg.slice(svg.lastIndexOf('<g transform='));
  const patterns = (s: string) => [...s.matchAll(/stroke-dasharray="([^"]*)"/g)].map((m) => m[1]!.split(' ').map(Number));
  return { scale, ties: patterns(ties), legend: patterns(legend) };
}

describe('mapToSvg dashUnitPx (the printed map)', () => {
  it('draws dash patterns in map units by default, as the canvas does, and the legend in px alike', () => {
    const d = dashes(draw('membership'));
    expect(d.ties.length).toBeGreaterThan(0);
    for (const p of d.ties) expect(p).toEqual([1, 4]);
    expect(d.legend).toEqual([[1, 4]]);
  });

  it('stretches every tie dash to dashUnitPx picture px per pattern unit, whatever the map scale', () => {
    const d = dashes(draw('membership', 2.5));
    expect(d.ties.length).toBeGreaterThan(0);
    for (const [dash, gap] of d.ties) {
      expect(dash! * d.scale).toBeCloseTo(2.5, 1);
      expect(gap! * d.scale).toBeCloseTo(10, 1);
    }
    expect(d.legend).toEqual([[2.5, 10]]);
  });

  it('keeps a whole period of a long pattern inside the legend sample, in the same proportions', () => {
    const [sample] = dashes(draw('conflict', 2.5)).legend;
    expect(sample!.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(32);
    expect(sample).toEqual([12, 3, 2, 3].map((v) => v * 1.5));
  });

  it('leaves solid ties solid', () => {
    expect(dashes(draw('collaboration', 2.5)).ties).toEqual([]);
  });
});
