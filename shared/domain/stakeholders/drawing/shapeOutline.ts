import type { NodeShape } from './mapStyle';

/**
 * The outline of a node shape of radius r centred on 0,0, as polygon points (map units), or null
 * for a circle. Shapes of one radius cover about the same area, so a square does not look more
 * influential than a circle. Shared by the SVG export and the legend; the canvas can trace the same.
 */
export function shapeOutline(shape: NodeShape, r: number): { x: number; y: number }[] | null {
  switch (shape) {
    case 'circle':
      return null;
    case 'square':
    case 'roundedSquare': {
      const h = r * 0.89;
      return [
        { x: -h, y: -h },
        { x: h, y: -h },
        { x: h, y: h },
        { x: -h, y: h },
      ];
    }
    case 'diamond': {
      const h = r * 1.25;
      return [
        { x: 0, y: -h },
        { x: h, y: 0 },
        { x: 0, y: h },
        { x: -h, y: 0 },
      ];
    }
    case 'hexagon':
      return regular(6, r * 1.1, 0);
    case 'triangle':
      // Its centre of area sits at the node's centre, so the name under it keeps the same gap.
      return regular(3, r * 1.35, -Math.PI / 2).map((p) => ({ x: p.x, y: p.y + r * 0.12 }));
  }
}

/** Corner radius of `roundedSquare`, relative to r. */
export const ROUNDED_CORNER = 0.3;

function regular(sides: number, r: number, start: number): { x: number; y: number }[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = start + (i * 2 * Math.PI) / sides;
    return { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
}
