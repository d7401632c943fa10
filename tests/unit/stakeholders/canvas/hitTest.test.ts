import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../../renderer/src/features/stakeholders/canvas/buildScene';
import { actorAt, actorsInBox, distanceToSegment, tieAt } from '../../../../renderer/src/features/stakeholders/canvas/hitTest';
import { nodeRadius } from '../../../../shared/domain/stakeholders/drawing/mapStyle';
import { placed, tie } from './sceneFixtures';

describe('the distance from a point to a segment', () => {
  it('is the perpendicular distance when the foot falls inside the segment', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBeCloseTo(3);
    expect(distanceToSegment(5, -4, 0, 0, 10, 0)).toBeCloseTo(4);
    // a diagonal: (0, 10) is √50 from the line y = x
    expect(distanceToSegment(0, 10, 0, 0, 10, 10)).toBeCloseTo(Math.sqrt(50));
  });

  it('is the distance to the nearer end past either end, not to the infinite line', () => {
    expect(distanceToSegment(13, 4, 0, 0, 10, 0)).toBeCloseTo(5);
    expect(distanceToSegment(-3, -4, 0, 0, 10, 0)).toBeCloseTo(5);
  });

  it('is the distance to the point when the segment has no length', () => {
    expect(distanceToSegment(3, 4, 0, 0, 0, 0)).toBeCloseTo(5);
  });
});

describe('picking a tie', () => {
  // a ─── b on y = 0, c ─── d on y = 10, both from x = 0 to x = 100
  const scene = buildScene([placed('a', 0, 0), placed('b', 100, 0), placed('c', 0, 10), placed('d', 100, 10)], [tie('t1', 'a', 'b'), tie('t2', 'c', 'd')]);

  it('takes the nearest of the ties within the tolerance', () => {
    expect(tieAt(scene, 50, 3, 8)).toBe(0);
    expect(tieAt(scene, 50, 7, 8)).toBe(1);
  });

  it('takes none when every tie is beyond the tolerance', () => {
    expect(tieAt(scene, 50, 30, 8)).toBe(-1);
    expect(tieAt(scene, 50, -8.01, 8)).toBe(-1);
    // past the end of a tie, measured to its end and not to its line
    expect(tieAt(scene, 106, 0, 5)).toBe(-1);
  });

  it('takes a tie exactly at the tolerance', () => {
    expect(tieAt(scene, 50, -8, 8)).toBe(0);
  });

  it('ignores ties whose ends are not shown', () => {
    const partial = buildScene([placed('a', 0, 0), placed('b', 100, 0)], [tie('t1', 'a', 'x'), tie('t2', 'a', 'b')]);
    expect(partial.tieIds).toEqual(['t2']);
    expect(tieAt(partial, 50, 0, 4)).toBe(0);
  });
});

describe('picking an actor', () => {
  const r = nodeRadius(2);
  const scene = buildScene([placed('under', 0, 0), placed('over', 10, 0), placed('far', 500, 0)], []);

  it('takes the topmost (last drawn) of overlapping actors', () => {
    expect(actorAt(scene, 5, 0)).toBe(1);
    expect(actorAt(scene, -r + 1, 0)).toBe(0);
  });

  it('takes none outside every shape, unless widened by the slack', () => {
    expect(actorAt(scene, 500 + r + 2, 0)).toBe(-1);
    expect(actorAt(scene, 500 + r + 2, 0, 3)).toBe(2);
    expect(actorAt(scene, 250, 250)).toBe(-1);
  });
});

describe('the actors in a box', () => {
  it('are those whose centre is inside, edges included', () => {
    const scene = buildScene([placed('a', 0, 0), placed('b', 50, 50), placed('c', 100, 100), placed('d', -1, 20)], []);
    expect(actorsInBox(scene, { minX: 0, minY: 0, maxX: 50, maxY: 50 })).toEqual([0, 1]);
    expect(actorsInBox(scene, { minX: 200, minY: 200, maxX: 300, maxY: 300 })).toEqual([]);
  });
});
