import { tieStyle, tieWidth } from '../../../../../shared/domain/stakeholders/drawing/mapStyle';
import type { Box, Scene } from './buildScene';
import type { Viewport } from './fitViewport';
import { traceShape } from './traceShape';

/** What is drawn behind the map (the power–interest grid): tinted areas, lines and words, in plane units. */
export interface Backdrop {
  areas: { box: Box; fill: string }[];
  lines: [number, number, number, number][];
  texts: { x: number; y: number; text: string; size: number; align: CanvasTextAlign; bold: boolean; turned: boolean }[];
}

/** What one full draw of the canvas layer shows, and where. */
export interface DrawOptions {
  /** The viewport the bitmap is drawn for. */
  viewport: Viewport;
  /** The canvas's size in CSS pixels and where its top-left corner is in the pane (negative: it overhangs). */
  width: number;
  height: number;
  left: number;
  top: number;
  dpr: number;
  /** Names under the shapes (when React Flow draws no names and the names are big enough to read). */
  labels: boolean;
  /** Selection and focus rings (when React Flow's nodes do not draw them). */
  rings: boolean;
  /** Font size of a name, in plane units. */
  labelSize: number;
  selectedActors: ReadonlySet<number>;
  selectedTies: ReadonlySet<number>;
  /** Actors that match the search: the others are dimmed. Null when nothing is searched. */
  highlighted: ReadonlySet<number> | null;
  focused: number;
  backdrop: Backdrop | null;
}

const RING = '#0b5d4f';
const MATCH = '#f08c00';
/** Names are drawn only when at least this many screen pixels high. */
export const LEGIBLE_PX = 8;
/** Arrowheads only when ties are this far apart on screen to be told apart. */
const ARROW_ZOOM = 0.35;

/** Draws the whole map (backdrop, ties, actors, names and rings) for one viewport. */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): void {
  const z = o.viewport.zoom;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(o.dpr * z, 0, 0, o.dpr * z, o.dpr * (o.viewport.x - o.left), o.dpr * (o.viewport.y - o.top));
  const view: Box = {
    minX: (o.left - o.viewport.x) / z,
    minY: (o.top - o.viewport.y) / z,
    maxX: (o.left + o.width - o.viewport.x) / z,
    maxY: (o.top + o.height - o.viewport.y) / z,
  };
  if (o.backdrop) drawBackdrop(ctx, o.backdrop, z);
  drawTies(ctx, scene, view, z, o);
  drawActors(ctx, scene, view, z, o);
}

function drawBackdrop(ctx: CanvasRenderingContext2D, b: Backdrop, z: number): void {
  for (const a of b.areas) {
    ctx.fillStyle = a.fill;
    ctx.fillRect(a.box.minX, a.box.minY, a.box.maxX - a.box.minX, a.box.maxY - a.box.minY);
  }
  ctx.strokeStyle = '#495057';
  ctx.lineWidth = Math.max(2, 0.95 / z);
  ctx.beginPath();
  for (const [x1, y1, x2, y2] of b.lines) {
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.stroke();
  ctx.fillStyle = '#212529';
  ctx.textBaseline = 'middle';
  for (const t of b.texts) {
    ctx.font = `${t.bold ? 700 : 400} ${t.size}px "Noto Sans", sans-serif`;
    ctx.textAlign = t.align;
    if (!t.turned) {
      ctx.fillText(t.text, t.x, t.y);
      continue;
    }
    ctx.save();
    ctx.translate(t.x, t.y);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(t.text, 0, 0);
    ctx.restore();
  }
}

function drawTies(ctx: CanvasRenderingContext2D, scene: Scene, v: Box, z: number, o: DrawOptions): void {
  const { x, y, r, from, to } = scene;
  const arrows = z >= ARROW_ZOOM;
  ctx.globalAlpha = o.highlighted ? 0.25 : z < 0.3 ? 0.7 : 0.9;
  for (const g of scene.groups) {
    const style = tieStyle[g.type];
    const w = tieWidth(g.strength);
    // Below a device pixel a line is a hairline: 0.95/zoom keeps Skia's fast path (exactly 1/zoom leaves it).
    ctx.lineWidth = w * z < 1 ? 0.95 / z : w;
    // Dashes shorter than a few pixels cost much and read as a lighter line anyway.
    const period = style.dash.reduce((s, d) => s + d, 0);
    ctx.setLineDash(period * z >= 4 ? style.dash : []);
    ctx.strokeStyle = style.colour;
    ctx.fillStyle = style.colour;
    ctx.beginPath();
    for (let j = 0; j < g.ties.length; j++) {
      const k = g.ties[j]!;
      const a = from[k]!;
      const b = to[k]!;
      const ax = x[a]!;
      const ay = y[a]!;
      const bx = x[b]!;
      const by = y[b]!;
      if ((ax < v.minX && bx < v.minX) || (ax > v.maxX && bx > v.maxX) || (ay < v.minY && by < v.minY) || (ay > v.maxY && by > v.maxY)) continue;
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
    }
    ctx.stroke();
    if (arrows) {
      ctx.setLineDash([]);
      ctx.beginPath();
      for (let j = 0; j < g.ties.length; j++) {
        const k = g.ties[j]!;
        if (!scene.directed[k]) continue;
        const a = from[k]!;
        const b = to[k]!;
        if (x[b]! < v.minX || x[b]! > v.maxX || y[b]! < v.minY || y[b]! > v.maxY) continue;
        traceArrow(ctx, x[a]!, y[a]!, x[b]!, y[b]!, r[b]!, 5 + w * 1.5);
      }
      ctx.fill();
    }
  }
  ctx.setLineDash([]);
  if (o.selectedTies.size > 0) {
    ctx.globalAlpha = 1;
    ctx.strokeStyle = RING;
    ctx.lineWidth = Math.max(5 / z, 4);
    ctx.beginPath();
    for (const k of o.selectedTies) {
      ctx.moveTo(x[from[k]!]!, y[from[k]!]!);
      ctx.lineTo(x[to[k]!]!, y[to[k]!]!);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** A filled arrowhead touching the target's outline. */
function traceArrow(ctx: CanvasRenderingContext2D, ax: number, ay: number, bx: number, by: number, rb: number, size: number): void {
  const len = Math.hypot(bx - ax, by - ay);
  if (len < rb + size) return;
  const ux = (bx - ax) / len;
  const uy = (by - ay) / len;
  const tipX = bx - ux * (rb + 2);
  const tipY = by - uy * (rb + 2);
  const baseX = tipX - ux * size;
  const baseY = tipY - uy * size;
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(baseX - uy * size * 0.5, baseY + ux * size * 0.5);
  ctx.lineTo(baseX + uy * size * 0.5, baseY - ux * size * 0.5);
  ctx.closePath();
}

const inView = (scene: Scene, i: number, v: Box) => {
  const rr = scene.r[i]! * 1.4;
  return scene.x[i]! + rr >= v.minX && scene.x[i]! - rr <= v.maxX && scene.y[i]! + rr >= v.minY && scene.y[i]! - rr <= v.maxY;
};

function drawActors(ctx: CanvasRenderingContext2D, scene: Scene, v: Box, z: number, o: DrawOptions): void {
  const n = scene.actorIds.length;
  const shown: number[] = [];
  for (let i = 0; i < n; i++) if (inView(scene, i, v)) shown.push(i);
  // One path per colour: four fills instead of two thousand.
  const byColour = new Map<string, number[]>();
  for (const i of shown) {
    const list = byColour.get(scene.colour[i]!);
    if (list) list.push(i);
    else byColour.set(scene.colour[i]!, [i]);
  }
  const outline = z < 0.5 ? 0.95 / z : 1.5;
  for (const [colour, list] of byColour) {
    ctx.beginPath();
    for (const i of list) traceShape(ctx, scene.shape[i]!, scene.x[i]!, scene.y[i]!, scene.r[i]!);
    ctx.globalAlpha = o.highlighted ? 0.3 : 1;
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.lineWidth = outline;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  if (o.highlighted && o.highlighted.size > 0) {
    for (const i of o.highlighted) {
      if (!inView(scene, i, v)) continue;
      ctx.beginPath();
      traceShape(ctx, scene.shape[i]!, scene.x[i]!, scene.y[i]!, scene.r[i]!);
      ctx.fillStyle = scene.colour[i]!;
      ctx.fill();
      ring(ctx, scene, i, z, MATCH, 4, []);
    }
  }
  if (o.labels && o.labelSize * z >= LEGIBLE_PX) drawLabels(ctx, scene, shown, z, o);
  if (!o.rings) return;
  for (const i of o.selectedActors) ring(ctx, scene, i, z, RING, 3, []);
  if (o.focused >= 0) ring(ctx, scene, o.focused, z, '#000000', 3, [6 / z, 4 / z]);
}

function ring(ctx: CanvasRenderingContext2D, scene: Scene, i: number, z: number, colour: string, px: number, dash: number[]): void {
  ctx.beginPath();
  ctx.arc(scene.x[i]!, scene.y[i]!, scene.r[i]! * 1.3 + 4 / z, 0, Math.PI * 2);
  ctx.setLineDash(dash);
  ctx.lineWidth = px / z;
  ctx.strokeStyle = colour;
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, shown: number[], z: number, o: DrawOptions): void {
  ctx.font = `600 ${o.labelSize}px "Noto Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3 / z;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.fillStyle = '#212529';
  for (const i of shown) {
    if (o.highlighted && !o.highlighted.has(i)) continue;
    const ly = scene.y[i]! + scene.r[i]! * 1.2 + 2;
    ctx.strokeText(scene.names[i]!, scene.x[i]!, ly);
    ctx.fillText(scene.names[i]!, scene.x[i]!, ly);
  }
}
