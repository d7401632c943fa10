import type { MapActor, Tie } from '../schemas';
import { kindShape, nodeRadius, sectorColour, tieStyle, tieWidth } from './mapStyle';
import type { DiffMarks } from './mapToSvg';
import { ROUNDED_CORNER, shapeOutline } from './shapeOutline';
import { escapeXml, wrapText } from './svgText';

/** Size of an actor's name under its shape, in map units (the canvas's size at zoom 1). */
export const LABEL_FONT_SIZE = 15;
/** Characters per line of a name, and lines, before it is cut with "…". */
const LABEL_CHARS = 16;
const LABEL_LINES = 2;

/** Colours of the diff marks: green, red and amber, each ≥ 4.5:1 on white. */
export const markColour = { added: '#1a7f37', removed: '#b71c1c', changed: '#a55a00' } as const;
export type MarkKind = keyof typeof markColour;

export function markOf(marks: DiffMarks | undefined, id: string): MarkKind | null {
  if (!marks) return null;
  if (marks.added.has(id)) return 'added';
  if (marks.removed.has(id)) return 'removed';
  if (marks.changed.has(id)) return 'changed';
  return null;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/**
 * A tie as SVG (map units): a line in its type's colour and dash, as wide as its strength, from
 * shape edge to shape edge, with an arrowhead at the target when directed. `minWidth` keeps thin
 * ties visible when the map is drawn small; `dashUnit` (map units) stretches the type's dash pattern.
 */
export function tieSvg(tie: Tie, from: MapActor, to: MapActor, mark: MarkKind | null, minWidth: number, dashUnit = 1): string {
  const style = tieStyle[tie.type];
  const width = Math.max(tieWidth(tie.strength), minWidth);
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) return '';
  const ux = dx / len;
  const uy = dy / len;
  const r1 = nodeRadius(from.influence);
  const r2 = nodeRadius(to.influence) + (tie.directed ? 2 : 0);
  const x1 = from.x + ux * r1;
  const y1 = from.y + uy * r1;
  let x2 = to.x - ux * r2;
  let y2 = to.y - uy * r2;
  const parts: string[] = [];
  let head = '';
  if (tie.directed) {
    const l = 8 + 2.2 * width;
    const h = 3.5 + 1.2 * width;
    const bx = x2 - ux * l;
    const by = y2 - uy * l;
    head = `<polygon points="${n(x2)},${n(y2)} ${n(bx - uy * h)},${n(by + ux * h)} ${n(bx + uy * h)},${n(by - ux * h)}" fill="${style.colour}"/>`;
    // The line stops inside the arrowhead, so a wide line does not blunt its tip.
    x2 = bx + ux * l * 0.3;
    y2 = by + uy * l * 0.3;
  }
  const line = (colour: string, w: number, dash: readonly number[], extra = '') =>
    `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${colour}" stroke-width="${n(w)}"${
      dash.length > 0 ? ` stroke-dasharray="${dash.map((d) => n(d * dashUnit * Math.max(1, width / 2))).join(' ')}"` : ''
    }${extra}/>`;
  // A mark is a halo under the tie, so the tie keeps its own colour and dash.
  if (mark) parts.push(line(markColour[mark], width + 6, mark === 'removed' ? [4, 3] : [], ' stroke-opacity="0.55"'));
  parts.push(line(style.colour, width, style.dash));
  parts.push(head);
  const opacity = mark === 'removed' ? ' opacity="0.45"' : '';
  return `<g${opacity}>${parts.join('')}</g>`;
}

/** An actor's shape (map units): kind by shape, sector by fill, influence by size; a mark by its outline. */
export function nodeSvg(actor: MapActor, mark: MarkKind | null, minStroke: number): string {
  const r = nodeRadius(actor.influence);
  const shape = kindShape[actor.kind];
  const stroke = mark ? markColour[mark] : '#ffffff';
  const strokeWidth = Math.max(mark ? 5 : 2, minStroke);
  const dash = mark === 'removed' ? ` stroke-dasharray="${n(strokeWidth * 1.6)} ${n(strokeWidth)}"` : '';
  const attrs = `fill="${sectorColour[actor.sector]}" stroke="${stroke}" stroke-width="${n(strokeWidth)}"${dash}${mark === 'removed' ? ' fill-opacity="0.4"' : ''}`;
  return shapeSvg(shape, actor.x, actor.y, r, attrs);
}

/** A node shape at a point, with the given presentation attributes (also used by the legend). */
export function shapeSvg(shape: Parameters<typeof shapeOutline>[0], x: number, y: number, r: number, attrs: string): string {
  if (shape === 'roundedSquare') {
    const h = shapeOutline(shape, r)![1]!.x;
    return `<rect x="${n(x - h)}" y="${n(y - h)}" width="${n(2 * h)}" height="${n(2 * h)}" rx="${n(r * ROUNDED_CORNER)}" ${attrs}/>`;
  }
  const points = shapeOutline(shape, r);
  if (!points) return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${attrs}/>`;
  return `<polygon points="${points.map((p) => `${n(x + p.x)},${n(y + p.y)}`).join(' ')}" ${attrs}/>`;
}

/** The lowest point an actor's shape reaches below its centre. */
function shapeBottom(actor: MapActor): number {
  const r = nodeRadius(actor.influence);
  const points = shapeOutline(kindShape[actor.kind], r);
  return points ? Math.max(...points.map((p) => p.y)) : r;
}

/** An actor's name under its shape, wrapped to two lines, with a white halo to read over ties. */
export function labelSvg(actor: MapActor, fontSize: number): string {
  const lines = wrapText(actor.name, LABEL_CHARS, LABEL_LINES);
  const top = actor.y + shapeBottom(actor) + 4 + fontSize * 0.95;
  const tspans = lines.map((line, i) => `<tspan x="${n(actor.x)}" y="${n(top + i * fontSize * 1.15)}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-size="${n(fontSize)}" text-anchor="middle" fill="#1a1a1a" stroke="#ffffff" stroke-width="${n(fontSize * 0.28)}" stroke-linejoin="round" paint-order="stroke">${tspans}</text>`;
}

/** How far under its centre an actor's name reaches, for the map's bounds. */
export function labelDepth(actor: MapActor, fontSize: number): number {
  return shapeBottom(actor) + 4 + fontSize * (0.95 + 1.15 * (LABEL_LINES - 1)) + fontSize * 0.3;
}

/** Half the width of an actor's name, for the map's bounds. */
export function labelHalfWidth(actor: MapActor, fontSize: number): number {
  const longest = Math.max(...wrapText(actor.name, LABEL_CHARS, LABEL_LINES).map((l) => [...l].length), 0);
  return (longest * fontSize * 0.56) / 2;
}
