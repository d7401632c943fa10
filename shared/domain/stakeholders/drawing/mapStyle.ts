import type { ActorKind, Sector, TieType } from '../codes';

/**
 * How the map encodes its data, shared by the canvas, the legend and the PNG / SVG export so
 * the exported picture is the screen's. Colours keep 4.5:1 against white for text drawn in them
 * and read apart for the common colour-vision deficiencies (blue / orange / purple / green-teal).
 */
export const sectorColour: Record<Sector, string> = {
  government: '#1f5fa8',
  academia: '#7a3f9d',
  business: '#a84f00',
  community: '#0b7a5a',
};

/** The outline that tells kinds apart at a glance; the badge names the kind exactly. */
export type NodeShape = 'circle' | 'square' | 'hexagon' | 'diamond' | 'triangle' | 'roundedSquare';
export const kindShape: Record<ActorKind, NodeShape> = {
  ministry: 'square',
  agency: 'square',
  programUnit: 'square',
  forum: 'roundedSquare',
  workingGroup: 'roundedSquare',
  sme: 'circle',
  cooperative: 'circle',
  association: 'circle',
  bds: 'hexagon',
  university: 'hexagon',
  institute: 'hexagon',
  bank: 'diamond',
  largeCompany: 'triangle',
  buyer: 'triangle',
  supplier: 'triangle',
  ngo: 'roundedSquare',
  media: 'roundedSquare',
  other: 'roundedSquare',
};

/** Net-Map's influence tower as a size: the radius of an actor's shape, in map units. */
export function nodeRadius(influence: number): number {
  return 14 + Math.max(0, Math.min(5, influence)) * 5;
}

/** Line colour and dash pattern (map units; empty = solid) of each kind of tie. */
export const tieStyle: Record<TieType, { colour: string; dash: readonly number[] }> = {
  collaboration: { colour: '#2f4858', dash: [] },
  information: { colour: '#55606e', dash: [6, 4] },
  supply: { colour: '#8a5a00', dash: [] },
  sales: { colour: '#1f7a1f', dash: [] },
  finance: { colour: '#1f5fa8', dash: [2, 3] },
  support: { colour: '#7a3f9d', dash: [10, 4] },
  membership: { colour: '#6b6b6b', dash: [1, 4] },
  conflict: { colour: '#c0262d', dash: [12, 3, 2, 3] },
};

/** A tie's width from its strength (1–5), in map units. */
export function tieWidth(strength: number): number {
  return 0.6 + Math.max(1, Math.min(5, strength)) * 0.9;
}
