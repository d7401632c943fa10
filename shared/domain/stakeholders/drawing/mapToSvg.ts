import { layoutGuides } from '../layouts/layoutGuides';
import { type PowerInterestGrid, powerInterestQuadrants } from '../layouts/powerInterestQuadrants';
import type { RingGuides } from '../layouts/ringGuides';
import type { Layout, MapActor, Tie } from '../schemas';
import { legendItems } from './legendItems';
import { nodeRadius } from './mapStyle';
import { LEGEND_WIDTH, legendSvg } from './svgLegend';
import { LABEL_FONT_SIZE, labelDepth, labelHalfWidth, labelSvg, markOf, nodeSvg, tieSvg } from './svgMapLayer';
import { quadrantNamesSvg, quadrantsSvg } from './svgQuadrants';
import { ringGuidesBounds, ringGuidesSvg, ringNamesSvg } from './svgRingGuides';
import { escapeXml, wrapText } from './svgText';

/** Text from the catalogs in the chosen language (i18next's `t`). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Ids (of actors and ties) to mark when a drawing shows what changed between two states. */
export interface DiffMarks {
  added: ReadonlySet<string>;
  removed: ReadonlySet<string>;
  changed: ReadonlySet<string>;
}

export interface MapSvgInput {
  actors: readonly MapActor[];
  ties: readonly Tie[];
  /** Power–interest draws its quadrants behind the actors. */
  layout: Layout;
  t: Translate;
  title: string;
  /** Printed as "Date: …" (already formatted for the language). */
  dateText: string;
  /** The filters applied, in words; null when none. */
  filtersText: string | null;
  marks?: DiffMarks;
  /** The power–interest grid the actors were laid out on; by default the grid of `actors`. Pass the whole map's grid when `actors` is filtered. */
  grid?: PowerInterestGrid;
  /** The ring layouts' guides; by default those of `actors`. Pass the whole map's when `actors` is filtered. */
  guides?: RingGuides | null;
  /** CSS with `@font-face` rules (fonts as data: URLs) to embed, so a rasteriser or another computer draws Noto Sans too. */
  fontFaceCss?: string;
  /**
   * Length on the picture (px) of one unit of a tie type's dash pattern. By default a map unit's,
   * as the canvas draws it. A picture printed small (the forum PDF shrinks it to a third) passes
   * more, so dashes stay visible dashes on paper instead of a grey blur — and Chromium, which
   * writes every dash into the PDF as its own shape, prints the page in a fraction of the time.
   * The legend's samples follow.
   */
  dashUnitPx?: number;
}

/** The picture's frame, in px: the map is scaled to fit this box, never enlarged past MAX_SCALE. */
const MAP_BOX = { width: 1700, height: 1250 };
const MAX_SCALE = 1.3;
/** Below this size on the picture (px), names are noise: they are left out and a note says so. */
const MIN_LABEL_PX = 7;
const PAD = 28;
const TITLE = 28;
const LINE = 17;
const FONT_FAMILY = "'Noto Sans', sans-serif";

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/**
 * A standalone SVG of the map as the canvas shows it: ties, actors and names (the quadrants behind
 * them on the power–interest grid), with the title, date, filters and a legend printed beside it.
 * All user text is XML-escaped; the result is well-formed XML with no external references.
 */
export function mapToSvg(input: MapSvgInput): string {
  const { actors, ties, t, marks } = input;
  const byId = new Map(actors.map((a) => [a.id, a]));
  const grid = input.layout === 'powerInterest' ? (input.grid ?? powerInterestQuadrants(actors)) : null;
  const guides = input.guides === undefined ? layoutGuides(input.layout, actors) : input.guides;
  const guideBox = guides ? ringGuidesBounds(guides, t) : null;

  // The map's extent in map units, names included, then the scale that fits it in the box.
  let box = bounds(actors, LABEL_FONT_SIZE, grid, guideBox);
  const scale = Math.min(MAP_BOX.width / box.width, MAP_BOX.height / box.height, MAX_SCALE);
  const showLabels = LABEL_FONT_SIZE * scale >= MIN_LABEL_PX;
  if (!showLabels) box = bounds(actors, 0, grid, guideBox);
  const mapW = box.width * scale;
  const mapH = box.height * scale;
  // Thin lines stay at least 0.75 px wide on the picture.
  const minWidth = 0.75 / scale;
  const dashUnit = input.dashUnitPx === undefined ? 1 : input.dashUnitPx / scale;

  const legend = legendSvg(legendItems(actors, ties), t, scale, marks !== undefined, input.dashUnitPx ?? 1);
  const width = PAD + Math.max(mapW, 480) + PAD + LEGEND_WIDTH + PAD;
  const header = headerSvg(input, width - 2 * PAD, showLabels, actors.length, ties.length);
  const top = PAD + header.height + 12;
  const height = top + Math.max(mapH, legend.height) + PAD;

  const layer: string[] = [];
  if (grid) layer.push(quadrantsSvg(grid, t));
  if (guides) layer.push(ringGuidesSvg(guides));
  const drawnTies = ties.filter((tie) => byId.has(tie.from) && byId.has(tie.to));
  // Marked ties last, so a change is never hidden under unchanged ties.
  drawnTies.sort((a, b) => Number(markOf(marks, a.id) !== null) - Number(markOf(marks, b.id) !== null));
  layer.push('<g class="ties" stroke-linecap="round">');
  for (const tie of drawnTies) layer.push(tieSvg(tie, byId.get(tie.from)!, byId.get(tie.to)!, markOf(marks, tie.id), minWidth, dashUnit));
  layer.push('</g>');
  if (grid) layer.push(quadrantNamesSvg(grid, t));
  if (guides) layer.push(ringNamesSvg(guides, t));
  layer.push('<g class="actors">');
  for (const a of actors) layer.push(nodeSvg(a, markOf(marks, a.id), minWidth));
  layer.push('</g>');
  if (showLabels) layer.push(`<g class="labels">${actors.map((a) => labelSvg(a, LABEL_FONT_SIZE)).join('')}</g>`);

  const title = escapeXml(input.title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    input.fontFaceCss ? `<defs><style>${escapeXml(input.fontFaceCss)}</style></defs>` : '',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${PAD} ${PAD})">${header.svg}</g>`,
    `<g transform="translate(${PAD} ${n(top)}) scale(${scale.toPrecision(6)}) translate(${n(-box.x)} ${n(-box.y)})">${layer.join('')}</g>`,
    `<g transform="translate(${n(width - PAD - LEGEND_WIDTH)} ${n(top)})">${legend.svg}</g>`,
    '</svg>',
  ].join('\n');
}

/** Title, date, counts and filters over the map, wrapped to the picture's width (px). */
function headerSvg(input: MapSvgInput, width: number, showLabels: boolean, actorCount: number, tieCount: number): { svg: string; height: number } {
  const { t } = input;
  const chars = Math.floor(width / (LINE * 0.56));
  const out: string[] = [];
  let y = TITLE;
  for (const line of wrapText(input.title, Math.floor(width / (TITLE * 0.6)), 2)) {
    out.push(`<text x="0" y="${y}" font-size="${TITLE}" font-weight="700" fill="#1a1a1a">${escapeXml(line)}</text>`);
    y += TITLE * 1.2;
  }
  y += 4;
  const lines = [
    `${t('stakeholderLayouts.svg.date', { date: input.dateText })}   ·   ${t('stakeholderLayouts.svg.counts', { actors: actorCount, ties: tieCount })}`,
    ...wrapText(
      input.filtersText === null ? t('stakeholderLayouts.svg.noFilters') : t('stakeholderLayouts.svg.filters', { filters: input.filtersText }),
      chars,
      3,
    ),
    ...(showLabels || actorCount === 0 ? [] : [t('stakeholderLayouts.svg.labelsHidden')]),
  ];
  for (const line of lines) {
    out.push(`<text x="0" y="${n(y)}" font-size="${LINE}" fill="#333333">${escapeXml(line)}</text>`);
    y += LINE * 1.35;
  }
  return { svg: out.join(''), height: y - LINE };
}

/** The rectangle (map units) holding every shape, name, and the grid's or rings' guides. */
function bounds(
  actors: readonly MapActor[],
  fontSize: number,
  grid: PowerInterestGrid | null,
  guides: { x0: number; y0: number; x1: number; y1: number } | null,
): { x: number; y: number; width: number; height: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const a of actors) {
    const r = nodeRadius(a.influence) * 1.35;
    const half = fontSize > 0 ? Math.max(r, labelHalfWidth(a, fontSize)) : r;
    x0 = Math.min(x0, a.x - half);
    x1 = Math.max(x1, a.x + half);
    y0 = Math.min(y0, a.y - r);
    y1 = Math.max(y1, a.y + (fontSize > 0 ? labelDepth(a, fontSize) : r));
  }
  if (grid) {
    const g = grid.bounds;
    x0 = Math.min(x0, g.x);
    y0 = Math.min(y0, g.y);
    x1 = Math.max(x1, g.x + g.width);
    y1 = Math.max(y1, g.y + g.height);
  }
  if (guides) {
    x0 = Math.min(x0, guides.x0);
    y0 = Math.min(y0, guides.y0);
    x1 = Math.max(x1, guides.x1);
    y1 = Math.max(y1, guides.y1);
  }
  if (!Number.isFinite(x0)) return { x: 0, y: 0, width: 400, height: 300 };
  const margin = 12;
  return { x: x0 - margin, y: y0 - margin, width: Math.max(x1 - x0 + 2 * margin, 100), height: Math.max(y1 - y0 + 2 * margin, 100) };
}
