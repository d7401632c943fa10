import { type ActorKind, type Sector, type TieType, actorKinds, sectors, tieTypes } from '../codes';
import type { MapActor, Tie } from '../schemas';
import { type NodeShape, kindShape, sectorColour, tieStyle } from './mapStyle';

/** What a map's legend lists, in a fixed order, for what is drawn (the canvas and the SVG share it). */
export interface LegendItems {
  sectors: { sector: Sector; colour: string; labelKey: string }[];
  /** One row per shape drawn, naming the kinds drawn with it. */
  shapes: { shape: NodeShape; kinds: { kind: ActorKind; labelKey: string }[] }[];
  ties: { type: TieType; colour: string; dash: readonly number[]; labelKey: string }[];
  /** Whether any drawn tie is directed (the legend then shows an arrow). */
  directed: boolean;
}

/** The legend of the actors and ties drawn: only sectors, kinds and tie types that appear. */
export function legendItems(actors: readonly Pick<MapActor, 'kind' | 'sector'>[], ties: readonly Pick<Tie, 'type' | 'directed'>[]): LegendItems {
  const kindsDrawn = new Set(actors.map((a) => a.kind));
  const sectorsDrawn = new Set(actors.map((a) => a.sector));
  const typesDrawn = new Set(ties.map((t) => t.type));
  const shapes: LegendItems['shapes'] = [];
  for (const kind of actorKinds) {
    if (!kindsDrawn.has(kind)) continue;
    const entry = { kind, labelKey: `stakeholders.codes.kind.${kind}` };
    const row = shapes.find((s) => s.shape === kindShape[kind]);
    if (row) row.kinds.push(entry);
    else shapes.push({ shape: kindShape[kind], kinds: [entry] });
  }
  return {
    sectors: sectors
      .filter((s) => sectorsDrawn.has(s))
      .map((sector) => ({ sector, colour: sectorColour[sector], labelKey: `stakeholders.codes.sector.${sector}` })),
    shapes,
    ties: tieTypes.filter((t) => typesDrawn.has(t)).map((type) => ({ type, ...tieStyle[type], labelKey: `stakeholders.codes.tieType.${type}` })),
    directed: ties.some((t) => t.directed),
  };
}
