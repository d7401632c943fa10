import type { PowerInterestGrid } from '../../../../../shared/domain/stakeholders/layouts/powerInterestQuadrants';
import type { Backdrop } from './drawScene';

/**
 * The power–interest grid as the canvas draws it behind the actors: the four named quadrants,
 * the axes with their score ticks and titles (influence up, interest to the right). The geometry
 * is the layout's own, which the SVG export draws too.
 */
export function gridBackdrop(grid: PowerInterestGrid, t: (key: string) => string): Backdrop {
  const f = grid.fontSize;
  const right = Math.max(...grid.quadrants.map((q) => q.rect.x + q.rect.width));
  const bottom = Math.max(...grid.quadrants.map((q) => q.rect.y + q.rect.height));
  const text = (x: number, y: number, s: string, o: Partial<Backdrop['texts'][number]> = {}) => ({
    x,
    y,
    text: s,
    size: f,
    align: 'center' as CanvasTextAlign,
    bold: false,
    turned: false,
    ...o,
  });
  return {
    areas: grid.quadrants.map((q) => ({
      box: { minX: q.rect.x, minY: q.rect.y, maxX: q.rect.x + q.rect.width, maxY: q.rect.y + q.rect.height },
      fill: q.fill,
    })),
    lines: [
      [0, 0, 0, bottom],
      [0, bottom, right, bottom],
      [right / 2, 0, right / 2, bottom],
      [0, bottom / 2, right, bottom / 2],
    ],
    texts: [
      ...grid.quadrants.map((q) => text(q.label.x, q.label.y, t(q.labelKey), { bold: true, size: f * 1.15 })),
      ...grid.xTicks.map((k) => text(k.x, grid.tickY, String(k.value))),
      ...grid.yTicks.map((k) => text(grid.tickX, k.y, String(k.value), { align: 'right' })),
      text(grid.xAxis.x, grid.xAxis.y, `${t(grid.xAxis.labelKey)} →`, { bold: true }),
      text(grid.yAxis.x, grid.yAxis.y, `${t(grid.yAxis.labelKey)} →`, { bold: true, turned: true }),
    ],
  };
}
