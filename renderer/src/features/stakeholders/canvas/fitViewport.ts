import type { Box } from './buildScene';

/** React Flow's viewport: the plane is drawn at `zoom` and shifted by (x, y) screen pixels. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The zoom range of the map: far enough out for 2,000 actors on a laptop, close enough to read a note. */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 3;

/**
 * The viewport that shows a box whole in a pane of this size, with a margin. Computed from the
 * positions rather than by React Flow's fitView, which measures only the nodes it has drawn.
 */
export function fitViewport(box: Box | null, width: number, height: number, margin = 0.06, maxZoom = 1.5): Viewport {
  if (!box || width <= 0 || height <= 0) return { x: width / 2, y: height / 2, zoom: 1 };
  const bw = Math.max(1, box.maxX - box.minX);
  const bh = Math.max(1, box.maxY - box.minY);
  const zoom = Math.max(MIN_ZOOM, Math.min(maxZoom, Math.min((width * (1 - 2 * margin)) / bw, (height * (1 - 2 * margin)) / bh)));
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  return { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom, zoom };
}

/** The box of the plane a viewport shows in a pane of this size, grown by `pad` of its size on each side. */
export function visibleBox(v: Viewport, width: number, height: number, pad = 0): Box {
  const w = width / v.zoom;
  const h = height / v.zoom;
  const minX = -v.x / v.zoom - pad * w;
  const minY = -v.y / v.zoom - pad * h;
  return { minX, minY, maxX: minX + w * (1 + 2 * pad), maxY: minY + h * (1 + 2 * pad) };
}
