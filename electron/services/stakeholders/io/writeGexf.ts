import { type NodeShape, kindShape, nodeRadius, sectorColour, tieStyle, tieWidth } from '../../../../shared/domain/stakeholders/drawing/mapStyle';
import type { StakeholderMap } from '../../../../shared/domain/stakeholders/schemas';
import { actorAttributes, attributeValues, tieAttributes, type GraphAttribute } from './graphAttributes';
import { xmlText as x } from './xmlText';

/** GEXF 1.3's shapes nearest to the map's. */
const gexfShape: Record<NodeShape, string> = {
  circle: 'disc',
  square: 'square',
  roundedSquare: 'square',
  hexagon: 'disc',
  diamond: 'diamond',
  triangle: 'triangle',
};

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

const attrs = <T>(attributes: GraphAttribute<T>[], item: T) =>
  attributeValues(attributes, item)
    .map(([k, v]) => `<attvalue for="${k}" value="${x(v)}"/>`)
    .join('');
const declare = ({ id, type }: Pick<GraphAttribute<never>, 'id' | 'type'>) => `      <attribute id="${id}" title="${id}" type="${type}"/>`;

/**
 * The map as GEXF 1.3 for Gephi: node and edge attributes, colour by sector, size by influence
 * and position as on the screen (y turned up, as Gephi draws it), each tie directed or not on
 * its own, its strength as the weight.
 */
export function writeGexf(map: StakeholderMap, clusterName: string, today: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${x(today)}"><creator>Sentra</creator><description>${x(clusterName)}</description></meta>`,
    `  <graph defaultedgetype="${map.settings.directed ? 'directed' : 'undirected'}" mode="static">`,
    '    <attributes class="node">',
    ...actorAttributes.map(declare),
    '    </attributes>',
    '    <attributes class="edge">',
    ...tieAttributes.map(declare),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const a of map.actors) {
    const values = attrs(actorAttributes, a);
    lines.push(
      `      <node id="${x(a.id)}" label="${x(a.name)}"><attvalues>${values}</attvalues>` +
        `<viz:color ${rgb(sectorColour[a.sector])}/><viz:size value="${nodeRadius(a.influence)}"/>` +
        `<viz:position x="${a.x}" y="${-a.y}" z="0"/><viz:shape value="${gexfShape[kindShape[a.kind]]}"/></node>`,
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const t of map.ties) {
    const values = attrs(tieAttributes, t);
    lines.push(
      `      <edge id="${x(t.id)}" source="${x(t.from)}" target="${x(t.to)}" type="${t.directed ? 'directed' : 'undirected'}" weight="${t.strength}">` +
        `<attvalues>${values}</attvalues><viz:color ${rgb(tieStyle[t.type].colour)}/><viz:thickness value="${tieWidth(t.strength).toFixed(1)}"/></edge>`,
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
