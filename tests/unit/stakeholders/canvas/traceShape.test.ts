import { describe, expect, it } from 'vitest';
import { shapePath, traceShape, type PathSink } from '../../../../renderer/src/features/stakeholders/canvas/traceShape';
import type { NodeShape } from '../../../../shared/domain/stakeholders/drawing/mapStyle';

const shapes: NodeShape[] = ['circle', 'square', 'roundedSquare', 'hexagon', 'diamond', 'triangle'];

/** The corners an outline passes through (arcs and curves by their end points). */
function corners(shape: NodeShape, cx: number, cy: number, r: number) {
  const points: [number, number][] = [];
  let closed = 0;
  const sink: PathSink = {
    moveTo: (x, y) => points.push([x, y]),
    lineTo: (x, y) => points.push([x, y]),
    quadraticCurveTo: (_qx, _qy, x, y) => points.push([x, y]),
    arc: (x, y, rr) => points.push([x - rr, y], [x + rr, y]),
    closePath: () => closed++,
  };
  traceShape(sink, shape, cx, cy, r);
  return { points, closed };
}

/** Area of the polygon through the points (shoelace). */
const area = (p: [number, number][]) => Math.abs(p.reduce((s, [x, y], i) => s + x * p[(i + 1) % p.length]![1] - p[(i + 1) % p.length]![0] * y, 0)) / 2;

describe('the outline of an actor', () => {
  it('is one closed path for every shape, around its centre', () => {
    for (const shape of shapes) {
      const { points, closed } = corners(shape, 100, 50, 20);
      expect(closed, shape).toBe(1);
      const xs = points.map((p) => p[0]);
      expect((Math.min(...xs) + Math.max(...xs)) / 2, shape).toBeCloseTo(100);
      for (const [x, y] of points) expect(Math.hypot(x - 100, y - 50), shape).toBeLessThan(20 * 1.6);
    }
  });

  it('has about the area of the circle of the same radius, so size means influence alone', () => {
    const circle = Math.PI * 20 * 20;
    for (const shape of ['square', 'hexagon', 'diamond', 'triangle'] as const) {
      const a = area(corners(shape, 0, 0, 20).points);
      expect(a / circle, shape).toBeGreaterThan(0.75);
      expect(a / circle, shape).toBeLessThan(1.25);
    }
  });
});

describe('the outline as SVG', () => {
  it('draws a circle as two half arcs', () => {
    expect(shapePath('circle', 9, 9, 7)).toBe('M16 9A7 7 0 1 1 2 9A7 7 0 1 1 16 9Z');
  });

  it('rounds coordinates and closes the path', () => {
    const d = shapePath('hexagon', 0, 0, 10);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.match(/L/g)).toHaveLength(5);
    expect(d).not.toMatch(/\d\.\d{3}/);
    expect(shapePath('roundedSquare', 0, 0, 10).match(/Q/g)).toHaveLength(4);
  });
});
