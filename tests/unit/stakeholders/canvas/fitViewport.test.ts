import { describe, expect, it } from 'vitest';
import type { Box } from '../../../../renderer/src/features/stakeholders/canvas/buildScene';
import { MIN_ZOOM, fitViewport, visibleBox } from '../../../../renderer/src/features/stakeholders/canvas/fitViewport';

const contains = (outer: Box, inner: Box) =>
  outer.minX <= inner.minX + 1e-9 && outer.minY <= inner.minY + 1e-9 && outer.maxX >= inner.maxX - 1e-9 && outer.maxY >= inner.maxY - 1e-9;

describe('the viewport that fits a box', () => {
  it('shows the whole box, centred, with the margin on the tighter side', () => {
    const box = { minX: -200, minY: 100, maxX: 600, maxY: 300 };
    const v = fitViewport(box, 1000, 500, 0.1, 10);
    const seen = visibleBox(v, 1000, 500);
    expect(contains(seen, box)).toBe(true);
    // width is the tighter side: 800 plane units in 80 % of 1,000 px
    expect(v.zoom).toBeCloseTo(1);
    expect(box.minX - seen.minX).toBeCloseTo(100);
    expect(seen.maxX - box.maxX).toBeCloseTo(100);
    expect(box.minY - seen.minY).toBeCloseTo(seen.maxY - box.maxY);
  });

  it('stops at the largest zoom for a small box, still centred on it', () => {
    const box = { minX: 10, minY: 10, maxX: 20, maxY: 30 };
    const v = fitViewport(box, 800, 600, 0.06, 1.2);
    expect(v.zoom).toBe(1.2);
    const seen = visibleBox(v, 800, 600);
    expect(contains(seen, box)).toBe(true);
    expect((seen.minX + seen.maxX) / 2).toBeCloseTo(15);
    expect((seen.minY + seen.maxY) / 2).toBeCloseTo(20);
  });

  it('stops at the smallest zoom for a huge box, centred on it', () => {
    const box = { minX: 0, minY: 0, maxX: 1e7, maxY: 1e7 };
    const v = fitViewport(box, 800, 600);
    expect(v.zoom).toBe(MIN_ZOOM);
    const seen = visibleBox(v, 800, 600);
    expect((seen.minX + seen.maxX) / 2).toBeCloseTo(5e6);
  });

  it('does not divide by zero for a single point', () => {
    const v = fitViewport({ minX: 5, minY: 5, maxX: 5, maxY: 5 }, 800, 600);
    expect(Number.isFinite(v.zoom)).toBe(true);
    expect(v.x + 5 * v.zoom).toBeCloseTo(400);
    expect(v.y + 5 * v.zoom).toBeCloseTo(300);
  });

  it('puts the origin in the middle when there is nothing to fit or no pane', () => {
    expect(fitViewport(null, 800, 600)).toEqual({ x: 400, y: 300, zoom: 1 });
    expect(fitViewport({ minX: 0, minY: 0, maxX: 10, maxY: 10 }, 0, 600).zoom).toBe(1);
  });
});

describe('the box a viewport shows', () => {
  it('is the pane in plane units, grown by the padding on each side', () => {
    const v = { x: 100, y: -50, zoom: 2 };
    expect(visibleBox(v, 400, 200)).toEqual({ minX: -50, minY: 25, maxX: 150, maxY: 125 });
    expect(visibleBox(v, 400, 200, 0.5)).toEqual({ minX: -150, minY: -25, maxX: 250, maxY: 175 });
  });
});
