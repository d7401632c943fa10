import { describe, expect, it } from 'vitest';
import { sectors } from '../../../shared/domain/stakeholders/codes';
import { nodeRadius } from '../../../shared/domain/stakeholders/drawing/mapStyle';
import { computeLayout } from '../../../shared/domain/stakeholders/layouts/computeLayout';
import { layoutGuides } from '../../../shared/domain/stakeholders/layouts/layoutGuides';
import { cellCentre, powerInterestQuadrants, quadrantOf } from '../../../shared/domain/stakeholders/layouts/powerInterestQuadrants';
import { sectorWedges } from '../../../shared/domain/stakeholders/layouts/sectorWedges';
import { type Layout, type MapActor, type Position, layouts } from '../../../shared/domain/stakeholders/schemas';
import { syntheticStakeholderMap } from '../../bench/stakeholders/syntheticStakeholderMap';

const map = syntheticStakeholderMap(150, 300);
const at = (positions: Position[]) => new Map(positions.map((p) => [p.actorId, p]));

function overlaps(actors: readonly MapActor[], positions: Position[]): number {
  let count = 0;
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const d = Math.hypot(positions[i]!.x - positions[j]!.x, positions[i]!.y - positions[j]!.y);
      if (d < nodeRadius(actors[i]!.influence) + nodeRadius(actors[j]!.influence)) count++;
    }
  }
  return count;
}

describe('computeLayout', () => {
  it.each(layouts)('%s places every actor once, in order, with finite positions, the same on every run', (layout: Layout) => {
    const a = computeLayout(layout, map.actors, map.ties);
    const b = computeLayout(layout, map.actors, map.ties);
    expect(a).toEqual(b);
    expect(a.map((p) => p.actorId)).toEqual(map.actors.map((x) => x.id));
    for (const p of a) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it.each(['force', 'sectorRings', 'insideOutside', 'powerInterest'] as const)('%s leaves no two shapes overlapping', (layout) => {
    const positions = computeLayout(layout, map.actors, map.ties);
    expect(overlaps(map.actors, positions)).toBe(0);
  });

  it('keeps positions for the free layout, from the actors or from the positions given', () => {
    const actors = map.actors.slice(0, 3).map((a, i) => ({ ...a, x: i * 10, y: -i }));
    expect(computeLayout('free', actors, [])).toEqual(actors.map((a) => ({ actorId: a.id, x: a.x, y: a.y })));
    const given = [{ actorId: actors[1]!.id, x: 5, y: 6 }];
    expect(computeLayout('free', actors, [], given)[1]).toEqual({ actorId: actors[1]!.id, x: 5, y: 6 });
  });

  it.each(layouts)('%s copes with an empty map and a lone actor', (layout) => {
    expect(computeLayout(layout, [], [])).toEqual([]);
    const [p] = computeLayout(layout, [map.actors[0]!], []);
    expect(Number.isFinite(p!.x) && Number.isFinite(p!.y)).toBe(true);
  });

  it('ignores ties to actors not on the map and self-ties in the force layout', () => {
    const ties = [...map.ties.slice(0, 5), { ...map.ties[0]!, id: 'x', to: 'missing' }, { ...map.ties[0]!, id: 'y', to: map.ties[0]!.from }];
    const positions = computeLayout('force', map.actors, ties);
    for (const p of positions) expect(Number.isFinite(p.x)).toBe(true);
  });

  it('reports progress of the force layout up to done', () => {
    const seen: number[] = [];
    computeLayout('force', map.actors, map.ties, undefined, { onProgress: (d) => seen.push(d) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('power–interest grid', () => {
  it('names the quadrants as Mendelow does', () => {
    expect(quadrantOf(5, 5)).toBe('manageClosely');
    expect(quadrantOf(3, 0)).toBe('keepSatisfied');
    expect(quadrantOf(0, 3)).toBe('keepInformed');
    expect(quadrantOf(2, 2)).toBe('monitor');
  });

  it('puts high influence at the top and high interest on the right', () => {
    const grid = powerInterestQuadrants(map.actors);
    const rect = (key: string) => grid.quadrants.find((q) => q.key === key)!.rect;
    expect(rect('manageClosely').x).toBeGreaterThan(rect('keepSatisfied').x);
    expect(rect('manageClosely').y).toBeLessThan(rect('keepInformed').y);
    expect(rect('monitor')).toMatchObject({ x: rect('keepSatisfied').x, y: rect('keepInformed').y });
    expect(grid.xTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(grid.yTicks[5]!.y).toBeLessThan(grid.yTicks[0]!.y);
    expect(grid.quadrants.map((q) => q.labelKey)).toContain('stakeholderLayouts.quadrants.manageClosely');
  });

  it('keeps each actor inside its own cell, below its quadrant name, on a crowded map too', () => {
    for (const m of [map, syntheticStakeholderMap(2000, 10)]) {
      const grid = powerInterestQuadrants(m.actors);
      const positions = at(computeLayout('powerInterest', m.actors, m.ties));
      for (const a of m.actors) {
        const p = positions.get(a.id)!;
        const r = nodeRadius(a.influence);
        const q = grid.quadrants.find((x) => x.key === quadrantOf(a.influence, a.interest))!.rect;
        expect(p.x - r).toBeGreaterThanOrEqual(q.x);
        expect(p.x + r).toBeLessThanOrEqual(q.x + q.width);
        expect(p.y - r).toBeGreaterThanOrEqual(q.y + grid.band);
        expect(p.y + r).toBeLessThanOrEqual(q.y + q.height);
        const c = cellCentre(grid, a.influence, a.interest);
        expect(Math.abs(p.x - c.x)).toBeLessThanOrEqual(grid.cell / 2);
        expect(Math.abs(p.y - c.y)).toBeLessThanOrEqual(grid.cell / 2);
      }
    }
  });
});

describe('rings by sector and inside / outside', () => {
  const radius = (p: Position) => Math.hypot(p.x, p.y);

  it('puts each actor in its sector’s wedge, the cluster’s own actors innermost', () => {
    const positions = at(computeLayout('sectorRings', map.actors, map.ties));
    const wedges = sectorWedges(map.actors);
    for (const a of map.actors) {
      const p = positions.get(a.id)!;
      if (radius(p) === 0) continue;
      const w = wedges.get(a.sector)!;
      let angle = Math.atan2(p.y, p.x);
      while (angle < w.start) angle += 2 * Math.PI;
      expect(angle).toBeLessThanOrEqual(w.end + 1e-9);
    }
    for (const s of sectors) {
      const inside = map.actors.filter((a) => a.sector === s && a.insideCluster).map((a) => radius(positions.get(a.id)!));
      const outside = map.actors.filter((a) => a.sector === s && !a.insideCluster).map((a) => radius(positions.get(a.id)!));
      if (inside.length > 0 && outside.length > 0) expect(Math.max(...inside)).toBeLessThan(Math.min(...outside));
    }
  });

  it('rings outside actors by level, national outermost', () => {
    const positions = at(computeLayout('sectorRings', map.actors, map.ties));
    const byLevel = (level: string) => map.actors.filter((a) => !a.insideCluster && a.level === level).map((a) => radius(positions.get(a.id)!));
    expect(Math.max(...byLevel('regency'))).toBeLessThan(Math.min(...byLevel('provincial')));
    expect(Math.max(...byLevel('provincial'))).toBeLessThan(Math.min(...byLevel('national')));
  });

  it('puts inside actors in a disc and outside actors on a ring around it', () => {
    const positions = at(computeLayout('insideOutside', map.actors, map.ties));
    const inside = map.actors.filter((a) => a.insideCluster).map((a) => radius(positions.get(a.id)!));
    const outside = map.actors.filter((a) => !a.insideCluster).map((a) => radius(positions.get(a.id)!));
    expect(Math.max(...inside) + 2 * nodeRadius(5)).toBeLessThan(Math.min(...outside));
  });
});

describe('ring guides', () => {
  it('draws a named circle between bands, wedge borders and sector names for the ring layouts only', () => {
    const rings = layoutGuides('sectorRings', map.actors)!;
    expect(rings.rings.map((r) => r.labelKey)).toEqual([
      'stakeholderLayouts.rings.inside',
      'stakeholders.codes.level.regency',
      'stakeholders.codes.level.provincial',
      'stakeholders.codes.level.national',
    ]);
    const positions = computeLayout('sectorRings', map.actors, map.ties);
    const edge = rings.rings.at(-1)!.radius;
    for (const p of positions) expect(Math.hypot(p.x, p.y)).toBeLessThan(edge);
    expect(rings.sectorLabels.map((l) => l.sector)).toEqual(sectors.filter((s) => map.actors.some((a) => a.sector === s)));
    const io = layoutGuides('insideOutside', map.actors)!;
    expect(io.rings.map((r) => r.labelKey)).toEqual(['stakeholderLayouts.rings.inside', 'stakeholderLayouts.rings.outside']);
    const boundary = io.rings[0]!.radius;
    const placed = at(computeLayout('insideOutside', map.actors, map.ties));
    for (const a of map.actors) expect(Math.hypot(placed.get(a.id)!.x, placed.get(a.id)!.y) < boundary).toBe(a.insideCluster);
    expect(layoutGuides('force', map.actors)).toBeNull();
    expect(layoutGuides('sectorRings', [])).toBeNull();
  });
});
