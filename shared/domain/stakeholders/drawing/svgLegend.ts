import type { LegendItems } from './legendItems';
import { nodeRadius, tieWidth } from './mapStyle';
import type { Translate } from './mapToSvg';
import { type MarkKind, markColour, shapeSvg } from './svgMapLayer';
import { escapeXml, wrapText } from './svgText';

/** The legend panel's width and type sizes, in px of the exported picture. */
export const LEGEND_WIDTH = 360;
const FONT = 15;
const HEADING = 16;
const ROW = 26;
const PAD = 16;
const SWATCH = 40;
/** The longest dash period a tie's sample draws (px): under its 32 px, so a gap always shows. */
const SAMPLE_PERIOD_PX = 30;
const TEXT_CHARS = Math.floor((LEGEND_WIDTH - 2 * PAD - SWATCH - 8) / (FONT * 0.56));

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/**
 * The legend panel (px, top-left at 0,0): sectors, kinds' shapes, tie types drawn, size and width
 * scales at the map's drawing scale, and the diff marks when the map shows them. Tie samples draw
 * one unit of a dash pattern up to `dashUnit` px long, as the map does.
 */
export function legendSvg(items: LegendItems, t: Translate, scale: number, withMarks: boolean, dashUnit = 1): { svg: string; height: number } {
  const out: string[] = [];
  let y = PAD;
  const text = (x: number, baseline: number, s: string, size = FONT, weight = 400) =>
    `<text x="${n(x)}" y="${n(baseline)}" font-size="${size}" font-weight="${weight}" fill="#1a1a1a">${escapeXml(s)}</text>`;
  const heading = (key: string) => {
    y += 8;
    out.push(text(PAD, y + HEADING, t(key), HEADING, 700));
    y += HEADING + 10;
  };
  /** One row: a swatch drawn by `swatch` at its centre, and a label that may wrap. */
  const row = (label: string, swatch: (cx: number, cy: number) => string) => {
    const lines = wrapText(label, TEXT_CHARS, 3);
    const height = Math.max(ROW, lines.length * FONT * 1.25 + 6);
    out.push(swatch(PAD + SWATCH / 2, y + ROW / 2));
    lines.forEach((line, i) => out.push(text(PAD + SWATCH + 8, y + ROW / 2 + FONT * 0.35 + i * FONT * 1.25, line)));
    y += height;
  };
  out.push(text(PAD, y + 20, t('stakeholderLayouts.legend.title'), 20, 700));
  y += 30;

  if (items.sectors.length > 0) heading('stakeholderLayouts.legend.sectors');
  for (const s of items.sectors) row(t(s.labelKey), (cx, cy) => `<circle cx="${cx}" cy="${cy}" r="9" fill="${s.colour}"/>`);

  if (items.shapes.length > 0) heading('stakeholderLayouts.legend.kinds');
  for (const s of items.shapes) row(s.kinds.map((k) => t(k.labelKey)).join(', '), (cx, cy) => shapeSvg(s.shape, cx, cy, 9, 'fill="#55606e"'));

  if (items.ties.length > 0) heading('stakeholderLayouts.legend.ties');
  for (const tie of items.ties) row(t(tie.labelKey), (cx, cy) => lineSample(cx, cy, tie.colour, 2.5, sampleDash(tie.dash, dashUnit)));
  if (items.directed)
    row(
      t('stakeholderLayouts.legend.directed'),
      (cx, cy) => `${lineSample(cx - 4, cy, '#2f4858', 2.5, [])}<polygon points="${cx + 17},${cy} ${cx + 7},${cy - 5} ${cx + 7},${cy + 5}" fill="#2f4858"/>`,
    );

  // Sizes and widths as drawn on this picture, so the reader can compare them with the map.
  const drawn = Math.min(1, Math.max(0.3, scale));
  y += 10;
  out.push(text(PAD, y + FONT, t('stakeholderLayouts.legend.size'), FONT));
  y += FONT + 8;
  const radii = [0, 3, 5].map((inf) => nodeRadius(inf) * drawn);
  let x = PAD;
  for (const r of radii) {
    out.push(`<circle cx="${n(x + r)}" cy="${n(y + radii[2]!)}" r="${n(r)}" fill="#55606e"/>`);
    x += 2 * r + 12;
  }
  y += 2 * radii[2]! + 10;
  out.push(text(PAD, y + FONT, t('stakeholderLayouts.legend.width'), FONT));
  y += FONT + 12;
  [1, 3, 5].forEach((strength, i) => out.push(lineSample(PAD + 20 + i * 48, y, '#2f4858', Math.max(0.75, tieWidth(strength) * drawn), [])));
  y += 14;

  if (withMarks) {
    heading('stakeholderLayouts.legend.marks');
    for (const mark of ['added', 'removed', 'changed'] as MarkKind[]) {
      const dash = mark === 'removed' ? ' stroke-dasharray="5 3"' : '';
      row(
        t(`stakeholderLayouts.legend.${mark}`),
        (cx, cy) =>
          `<circle cx="${cx}" cy="${cy}" r="9" fill="#55606e"${mark === 'removed' ? ' fill-opacity="0.4"' : ''} stroke="${markColour[mark]}" stroke-width="3.5"${dash}/>`,
      );
    }
  }
  y += PAD;
  const frame = `<rect x="0.5" y="0.5" width="${LEGEND_WIDTH - 1}" height="${n(y - 1)}" rx="6" fill="#ffffff" stroke="#b8bec6"/>`;
  return { svg: frame + out.join(''), height: y };
}

/** A 32 px sample shows at least one whole period of a stretched pattern: the pattern's shape, if not its full length. */
function sampleDash(dash: readonly number[], dashUnit: number): number[] {
  const period = dash.reduce((sum, d) => sum + d, 0);
  const unit = period > 0 ? Math.max(1, Math.min(dashUnit, SAMPLE_PERIOD_PX / period)) : 1;
  return dash.map((d) => d * unit);
}

function lineSample(cx: number, cy: number, colour: string, width: number, dash: readonly number[]): string {
  const d = dash.length > 0 ? ` stroke-dasharray="${dash.map(n).join(' ')}"` : '';
  return `<line x1="${cx - 16}" y1="${n(cy)}" x2="${cx + 16}" y2="${n(cy)}" stroke="${colour}" stroke-width="${n(width)}"${d}/>`;
}
