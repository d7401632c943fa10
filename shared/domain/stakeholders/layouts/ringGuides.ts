import type { Sector } from '../codes';

/**
 * What the ring layouts draw behind the actors so the rings read as rings (map units, centred on
 * 0,0): a circle between bands named after the band inside it, the borders between sectors'
 * wedges, and each sector's name outside the outermost ring.
 */
export interface RingGuides {
  /** Circles; the name is written at the circle's top, in a halo over the line. */
  rings: { radius: number; labelKey: string }[];
  /** Wedge borders from radius `from` to `to` at `angle` (radians, clockwise from east). */
  spokes: { angle: number; from: number; to: number }[];
  /** Sector names around the outside; `anchor` is where the text stands against its point. */
  sectorLabels: { sector: Sector; labelKey: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
  /** Font size of the names (map units): grows with the map so it stays readable at fit view. */
  fontSize: number;
}

/** A band of a ring layout: its name and radii. */
export interface RingBand {
  labelKey: string;
  inner: number;
  outer: number;
}

/** Guides for bands laid from the centre out and wedges by sector; `spokesFrom` is where wedge borders start. */
export function ringGuides(bands: readonly RingBand[], wedges: ReadonlyMap<Sector, { start: number; end: number }>, spokesFrom: number): RingGuides {
  const outer = Math.max(0, ...bands.map((b) => b.outer));
  const fontSize = Math.max(18, Math.round(outer * 0.03));
  // Each band's circle runs midway through the gap to the next band (or just outside the last).
  const rings = bands.map((b, i) => {
    const next = bands[i + 1];
    return { radius: next ? (b.outer + next.inner) / 2 : b.outer + fontSize, labelKey: b.labelKey };
  });
  const edge = rings.at(-1)?.radius ?? 0;
  const spokes = wedges.size > 1 ? [...wedges.values()].map((w) => ({ angle: w.start, from: spokesFrom, to: edge })) : [];
  const labelRadius = edge + fontSize * 1.2;
  const sectorLabels = [...wedges].map(([sector, w]) => {
    const mid = (w.start + w.end) / 2;
    const cos = Math.cos(mid);
    const anchor: 'start' | 'middle' | 'end' = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    return { sector, labelKey: `stakeholders.codes.sector.${sector}`, x: labelRadius * cos, y: labelRadius * Math.sin(mid) + fontSize * 0.35, anchor };
  });
  return { rings, spokes, sectorLabels, fontSize };
}
