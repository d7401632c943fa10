import type { PowerInterestGrid } from '../layouts/powerInterestQuadrants';
import type { Translate } from './mapToSvg';
import { escapeXml } from './svgText';

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** The power–interest grid behind the ties (map units): quadrants, ticks and axis titles. */
export function quadrantsSvg(grid: PowerInterestGrid, t: Translate): string {
  const out: string[] = [];
  const f = grid.fontSize;
  for (const q of grid.quadrants) {
    const r = q.rect;
    out.push(
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${q.fill}" stroke="#ffffff" stroke-width="${n(f * 0.3)}"/>`,
    );
  }
  const text = (x: number, y: number, s: string, anchor: string, extra = '') =>
    `<text x="${n(x)}" y="${n(y)}" font-size="${n(f * 0.9)}" text-anchor="${anchor}" fill="#333333"${extra}>${escapeXml(s)}</text>`;
  for (const tick of grid.xTicks) out.push(text(tick.x, grid.tickY, String(tick.value), 'middle'));
  for (const tick of grid.yTicks) out.push(text(grid.tickX, tick.y + f * 0.3, String(tick.value), 'end'));
  out.push(text(grid.xAxis.x, grid.xAxis.y, `${t(grid.xAxis.labelKey)} →`, 'middle', ' font-weight="700"'));
  out.push(
    text(
      grid.yAxis.x,
      grid.yAxis.y,
      `${t(grid.yAxis.labelKey)} →`,
      'middle',
      ` font-weight="700" transform="rotate(-90 ${n(grid.yAxis.x)} ${n(grid.yAxis.y)})"`,
    ),
  );
  return out.join('');
}

/** The quadrants' names, drawn over the ties (with a halo in the quadrant's tint) and under the actors. */
export function quadrantNamesSvg(grid: PowerInterestGrid, t: Translate): string {
  const f = grid.fontSize;
  return grid.quadrants
    .map(
      (q) =>
        `<text x="${n(q.label.x)}" y="${n(q.label.y + f * 0.35)}" font-size="${n(f)}" font-weight="700" text-anchor="middle" fill="#1a1a1a" stroke="${q.fill}" stroke-width="${n(f * 0.35)}" stroke-linejoin="round" paint-order="stroke">${escapeXml(t(q.labelKey))}</text>`,
    )
    .join('');
}
