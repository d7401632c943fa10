import { describe, expect, it } from 'vitest';
import { buildScene, sceneBounds } from '../../../../renderer/src/features/stakeholders/canvas/buildScene';
import { kindShape, nodeRadius, sectorColour } from '../../../../shared/domain/stakeholders/drawing/mapStyle';
import { placed, tie } from './sceneFixtures';

describe('the scene of a map', () => {
  const actors = [placed('a', 1, 2, { influence: 0 }), placed('b', 3, 4, { influence: 5, kind: 'bank' }), placed('c', 5, 6)];
  const ties = [
    tie('t1', 'a', 'b', { type: 'supply', strength: 2 }),
    tie('t2', 'b', 'c', { type: 'supply', strength: 2, directed: true }),
    tie('t3', 'a', 'c', { type: 'finance', strength: 5 }),
    tie('gone', 'a', 'hidden'),
  ];
  const scene = buildScene(actors, ties);

  it('holds each actor at its index, with its place, size, shape and colour', () => {
    expect(scene.actorIds).toEqual(['a', 'b', 'c']);
    expect(scene.indexOf.get('b')).toBe(1);
    expect([...scene.x]).toEqual([1, 3, 5]);
    expect([...scene.y]).toEqual([2, 4, 6]);
    expect([...scene.r]).toEqual([nodeRadius(0), nodeRadius(5), nodeRadius(2)]);
    expect(scene.shape[1]).toBe(kindShape.bank);
    expect(scene.colour[1]).toBe(sectorColour[actors[1]!.sector]);
  });

  it('keeps only the ties between shown actors, by actor index', () => {
    expect(scene.tieIds).toEqual(['t1', 't2', 't3']);
    expect(scene.tieIndexOf.has('gone')).toBe(false);
    expect([...scene.from]).toEqual([0, 1, 0]);
    expect([...scene.to]).toEqual([1, 2, 2]);
    expect([...scene.directed]).toEqual([0, 1, 0]);
  });

  it('groups every kept tie once by type and strength', () => {
    const groups = scene.groups.map((g) => ({ type: g.type, strength: g.strength, ties: [...g.ties] }));
    expect(groups).toEqual(
      expect.arrayContaining([
        { type: 'supply', strength: 2, ties: [0, 1] },
        { type: 'finance', strength: 5, ties: [2] },
      ]),
    );
    expect(groups.flatMap((g) => g.ties).sort()).toEqual([0, 1, 2]);
  });
});

describe('the bounds of a scene', () => {
  const scene = buildScene([placed('a', 0, 0, { influence: 0 }), placed('b', 100, 50, { influence: 0 }), placed('c', 1000, 1000)], []);
  const r = nodeRadius(0);

  it('take in the shapes and the name line under them', () => {
    const b = sceneBounds(scene, [0, 1])!;
    expect(b.minX).toBe(-r);
    expect(b.minY).toBe(-r);
    expect(b.maxX).toBe(100 + r);
    expect(b.maxY).toBeGreaterThan(50 + r);
  });

  it('cover every actor when none are named, and are null for none', () => {
    expect(sceneBounds(scene)!.maxX).toBe(1000 + nodeRadius(2));
    expect(sceneBounds(scene, [])).toBeNull();
    expect(sceneBounds(buildScene([], []))).toBeNull();
  });
});
