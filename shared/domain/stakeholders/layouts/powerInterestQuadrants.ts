import type { MapActor } from '../schemas';
import { nodeRadius } from '../drawing/mapStyle';
import { slotHeight, slotWidth } from './layoutSpacing';

/** Mendelow's four quadrants of the power–interest grid. */
export const quadrantKeys = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'] as const;
export type QuadrantKey = (typeof quadrantKeys)[number];

/** A rectangle in map units (y grows downwards, as on the canvas). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One quadrant: its area, its name's catalog key and where that name is written (centre of the text). */
export interface Quadrant {
  key: QuadrantKey;
  labelKey: string;
  rect: Rect;
  label: { x: number; y: number };
  fill: string;
}

/**
 * The power–interest grid in map units, drawn the same way by the canvas and the SVG export:
 * interest 0–5 left to right, influence 0–5 bottom to top, one square cell per pair of scores.
 * Each quadrant has a band at its top for its name, so names never sit on an actor.
 */
export interface PowerInterestGrid {
  /** Side of one score cell. */
  cell: number;
  /** Height of the name band at the top of each quadrant. */
  band: number;
  /** Font size for quadrant names, ticks and axis titles, in map units (readable at fit view). */
  fontSize: number;
  quadrants: Quadrant[];
  /** Interest ticks: value and the x of its column's centre; written at `tickY`. */
  xTicks: { value: number; x: number }[];
  tickY: number;
  /** Influence ticks: value and the y of its row's centre; written at `tickX` (right-aligned). */
  yTicks: { value: number; y: number }[];
  tickX: number;
  /** Axis titles' catalog keys and anchors; the y title is turned a quarter left. */
  xAxis: { labelKey: string; x: number; y: number };
  yAxis: { labelKey: string; x: number; y: number };
  /** Everything the grid draws, ticks and titles included: what "fit view" should show. */
  bounds: Rect;
}

/** Scores at or above this are "high": 3–5 against 0–2, the grid's middle. */
const HIGH = 3;
const SCORES = 6;
/** Room inside a cell's edges so neighbouring cells' actors do not touch. */
const CELL_PADDING = 24;
const MIN_CELL = 150;

/** Quadrant tints: light enough for black text (> 12:1) and told apart by their names, not only hue. */
const quadrantFill: Record<QuadrantKey, string> = {
  manageClosely: '#fbe4e1',
  keepSatisfied: '#fdf0d8',
  keepInformed: '#e2eefa',
  monitor: '#eeeeee',
};

/** The catalog key of a quadrant's name. */
export function quadrantLabelKey(key: QuadrantKey): string {
  return `stakeholderLayouts.quadrants.${key}`;
}

/** The quadrant an actor's scores put it in. */
export function quadrantOf(influence: number, interest: number): QuadrantKey {
  if (influence >= HIGH) return interest >= HIGH ? 'manageClosely' : 'keepSatisfied';
  return interest >= HIGH ? 'keepInformed' : 'monitor';
}

/** Columns that pack `count` slots of this size into the squarest block. */
export function packColumns(count: number, w: number, h: number): number {
  let best = 1;
  let bestSide = Infinity;
  for (let k = 1; k <= Math.max(1, count); k++) {
    const side = Math.max(k * w, Math.ceil(count / k) * h);
    if (side < bestSide) {
      bestSide = side;
      best = k;
    }
  }
  return best;
}

/** Side of the square cell that holds `count` actors of this influence. */
function cellNeeded(count: number, influence: number): number {
  const w = slotWidth(nodeRadius(influence));
  const h = slotHeight(nodeRadius(influence));
  const k = packColumns(count, w, h);
  return Math.max(k * w, Math.ceil(count / k) * h) + 2 * CELL_PADDING;
}

/**
 * The grid for these actors (pass the whole map's actors, not a filtered part, so the canvas, the
 * layout and the export agree): cells grow until the most crowded pair of scores fits.
 */
export function powerInterestQuadrants(actors: readonly Pick<MapActor, 'influence' | 'interest'>[]): PowerInterestGrid {
  const counts = new Map<number, number>();
  for (const a of actors) {
    const k = clampScore(a.influence) * SCORES + clampScore(a.interest);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let cell = MIN_CELL;
  for (const [k, n] of counts) cell = Math.max(cell, cellNeeded(n, Math.floor(k / SCORES)));
  cell = Math.ceil(cell);
  const fontSize = Math.max(18, Math.round(cell * 0.16));
  const band = Math.round(fontSize * 2);
  const half = HIGH * cell;
  const quadrantHeight = band + half;
  const rect = (col: 0 | 1, row: 0 | 1): Rect => ({ x: col * half, y: row * quadrantHeight, width: half, height: quadrantHeight });
  const keys: [QuadrantKey, 0 | 1, 0 | 1][] = [
    ['keepSatisfied', 0, 0],
    ['manageClosely', 1, 0],
    ['monitor', 0, 1],
    ['keepInformed', 1, 1],
  ];
  const quadrants = keys.map(([key, col, row]) => {
    const r = rect(col, row);
    return { key, labelKey: quadrantLabelKey(key), rect: r, label: { x: r.x + r.width / 2, y: r.y + band / 2 }, fill: quadrantFill[key] };
  });
  const height = 2 * quadrantHeight;
  const width = 2 * half;
  const xTicks = range().map((value) => ({ value, x: (value + 0.5) * cell }));
  const yTicks = range().map((value) => ({ value, y: rowCentre(value, cell, band) }));
  const tickY = height + fontSize * 1.2;
  const tickX = -fontSize * 0.8;
  const xAxis = { labelKey: 'stakeholderLayouts.axes.interest', x: width / 2, y: tickY + fontSize * 1.6 };
  const yAxis = { labelKey: 'stakeholderLayouts.axes.influence', x: tickX - fontSize * 2.4, y: height / 2 };
  const left = yAxis.x - fontSize;
  const bounds = { x: left, y: 0, width: width - left, height: xAxis.y + fontSize };
  return { cell, band, fontSize, quadrants, xTicks, tickY, yTicks, tickX, xAxis, yAxis, bounds };
}

/** Centre of the cell of these scores. */
export function cellCentre(grid: PowerInterestGrid, influence: number, interest: number): { x: number; y: number } {
  return { x: (clampScore(interest) + 0.5) * grid.cell, y: rowCentre(clampScore(influence), grid.cell, grid.band) };
}

/** Rows run from influence 5 at the top; the lower half starts below its own name band. */
function rowCentre(influence: number, cell: number, band: number): number {
  const fromTop = SCORES - 1 - influence;
  const bands = influence >= HIGH ? 1 : 2;
  return bands * band + (fromTop + 0.5) * cell;
}

function clampScore(v: number): number {
  return Math.max(0, Math.min(SCORES - 1, Math.round(v)));
}

function range(): number[] {
  return Array.from({ length: SCORES }, (_, i) => i);
}
