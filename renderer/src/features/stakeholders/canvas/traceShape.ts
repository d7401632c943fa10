import type { NodeShape } from '../../../../../shared/domain/stakeholders/drawing/mapStyle';

/** The drawing calls a shape needs: a Canvas2D context has them, and so does `svgPathSink` for SVG. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  closePath(): void;
}

/*
 * Each outline is scaled so its area is close to the circle's: a bank (diamond) of influence 3
 * looks as weighty as an SME (circle) of influence 3, and size keeps meaning influence alone.
 */
const SQUARE_HALF = Math.sqrt(Math.PI) / 2;
const POLY_RADIUS: Record<'hexagon' | 'diamond' | 'triangle', { n: number; k: number; turn: number }> = {
  hexagon: { n: 6, k: 1.1, turn: Math.PI / 6 },
  diamond: { n: 4, k: 1.25, turn: 0 },
  triangle: { n: 3, k: 1.35, turn: 0 },
};

/** Traces (without filling) the outline of an actor of this shape centred on (cx, cy). */
export function traceShape(sink: PathSink, shape: NodeShape, cx: number, cy: number, r: number): void {
  if (shape === 'circle') {
    sink.moveTo(cx + r, cy);
    sink.arc(cx, cy, r, 0, Math.PI * 2);
    sink.closePath();
    return;
  }
  if (shape === 'square' || shape === 'roundedSquare') {
    const h = r * SQUARE_HALF;
    const c = shape === 'roundedSquare' ? h * 0.45 : 0;
    sink.moveTo(cx - h + c, cy - h);
    sink.lineTo(cx + h - c, cy - h);
    if (c) sink.quadraticCurveTo(cx + h, cy - h, cx + h, cy - h + c);
    sink.lineTo(cx + h, cy + h - c);
    if (c) sink.quadraticCurveTo(cx + h, cy + h, cx + h - c, cy + h);
    sink.lineTo(cx - h + c, cy + h);
    if (c) sink.quadraticCurveTo(cx - h, cy + h, cx - h, cy + h - c);
    sink.lineTo(cx - h, cy - h + c);
    if (c) sink.quadraticCurveTo(cx - h, cy - h, cx - h + c, cy - h);
    sink.closePath();
    return;
  }
  const { n, k, turn } = POLY_RADIUS[shape];
  const R = r * k;
  // Triangles sit a little low so their visual centre, not their circumcentre, is the actor's place.
  const dy = shape === 'triangle' ? R * 0.2 : 0;
  for (let i = 0; i < n; i++) {
    const a = -Math.PI / 2 + turn + (i * 2 * Math.PI) / n;
    const x = cx + R * Math.cos(a);
    const y = cy + dy + R * Math.sin(a);
    if (i === 0) sink.moveTo(x, y);
    else sink.lineTo(x, y);
  }
  sink.closePath();
}

/** The outline as an SVG path `d` (for DOM nodes and the legend). */
export function shapePath(shape: NodeShape, cx: number, cy: number, r: number): string {
  const parts: string[] = [];
  const f = (v: number) => Math.round(v * 100) / 100;
  traceShape(
    {
      moveTo: (x, y) => parts.push(`M${f(x)} ${f(y)}`),
      lineTo: (x, y) => parts.push(`L${f(x)} ${f(y)}`),
      quadraticCurveTo: (qx, qy, x, y) => parts.push(`Q${f(qx)} ${f(qy)} ${f(x)} ${f(y)}`),
      // Only whole circles are traced: two half arcs make one in SVG.
      arc: (x, y, rr) => parts.push(`A${f(rr)} ${f(rr)} 0 1 1 ${f(x - rr)} ${f(y)}A${f(rr)} ${f(rr)} 0 1 1 ${f(x + rr)} ${f(y)}`),
      closePath: () => parts.push('Z'),
    },
    shape,
    cx,
    cy,
    r,
  );
  return parts.join('');
}
