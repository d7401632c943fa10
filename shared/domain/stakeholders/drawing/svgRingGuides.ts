import type { RingGuides } from '../layouts/ringGuides';
import { sectorColour } from './mapStyle';
import type { Translate } from './mapToSvg';
import { escapeXml, textWidth } from './svgText';

const n = (v: number) => (Math.round(v * 100) / 100).toString();
const GUIDE = '#aab2bb';

/** The ring layouts' circles and wedge borders, behind the ties (map units). */
export function ringGuidesSvg(guides: RingGuides): string {
  const w = n(guides.fontSize * 0.12);
  const circles = guides.rings.map((r) => `<circle cx="0" cy="0" r="${n(r.radius)}" fill="none" stroke="${GUIDE}" stroke-width="${w}"/>`);
  const spokes = guides.spokes.map(
    (s) =>
      `<line x1="${n(s.from * Math.cos(s.angle))}" y1="${n(s.from * Math.sin(s.angle))}" x2="${n(s.to * Math.cos(s.angle))}" y2="${n(s.to * Math.sin(s.angle))}" stroke="${GUIDE}" stroke-width="${w}" stroke-dasharray="${n(guides.fontSize * 0.6)} ${n(guides.fontSize * 0.4)}"/>`,
  );
  return circles.join('') + spokes.join('');
}

/** The rings' and sectors' names, over the ties and under the actors, in a white halo. */
export function ringNamesSvg(guides: RingGuides, t: Translate): string {
  const f = guides.fontSize;
  const halo = `stroke="#ffffff" stroke-width="${n(f * 0.35)}" stroke-linejoin="round" paint-order="stroke"`;
  const rings = guides.rings.map(
    (r) =>
      `<text x="0" y="${n(-r.radius + f * 0.35)}" font-size="${n(f * 0.85)}" font-weight="700" text-anchor="middle" fill="#3d4650" ${halo}>${escapeXml(t(r.labelKey))}</text>`,
  );
  const sectors = guides.sectorLabels.map(
    (s) =>
      `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(f * 1.2)}" font-weight="700" text-anchor="${s.anchor}" fill="${sectorColour[s.sector]}" ${halo}>${escapeXml(t(s.labelKey))}</text>`,
  );
  return rings.join('') + sectors.join('');
}

/** The rectangle the guides and their names cover, for the picture's bounds. */
export function ringGuidesBounds(guides: RingGuides, t: Translate): { x0: number; y0: number; x1: number; y1: number } {
  const edge = Math.max(0, ...guides.rings.map((r) => r.radius));
  let x0 = -edge;
  let x1 = edge;
  let y0 = -edge - guides.fontSize;
  let y1 = edge;
  const f = guides.fontSize * 1.2;
  for (const s of guides.sectorLabels) {
    const w = textWidth(t(s.labelKey), f);
    const left = s.anchor === 'start' ? s.x : s.anchor === 'end' ? s.x - w : s.x - w / 2;
    x0 = Math.min(x0, left);
    x1 = Math.max(x1, left + w);
    y0 = Math.min(y0, s.y - f);
    y1 = Math.max(y1, s.y + f * 0.3);
  }
  return { x0, y0, x1, y1 };
}
