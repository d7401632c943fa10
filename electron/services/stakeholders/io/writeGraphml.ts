import { nodeRadius, sectorColour } from '../../../../shared/domain/stakeholders/drawing/mapStyle';
import type { MapActor, StakeholderMap, Tie } from '../../../../shared/domain/stakeholders/schemas';
import { actorAttributes, attributeValues, tieAttributes, type AttributeType, type GraphAttribute } from './graphAttributes';
import { xmlText as x } from './xmlText';

type Key<T> = GraphAttribute<T>;
const graphmlType = (type: AttributeType) => (type === 'integer' ? 'int' : type);
// GraphML tools read a node's name from `label`, its look from `color` / `size` and a tie's strength from `weight`.
const nodeKeys: Key<MapActor>[] = [
  { id: 'label', type: 'string', value: (a) => a.name },
  ...actorAttributes,
  { id: 'color', type: 'string', value: (a) => sectorColour[a.sector] },
  { id: 'size', type: 'double', value: (a) => nodeRadius(a.influence) },
];
const edgeKeys: Key<Tie>[] = tieAttributes.map((k) => (k.id === 'strength' ? { ...k, id: 'weight', type: 'double' } : k));

const data = <T>(keys: Key<T>[], item: T) =>
  attributeValues(keys, item)
    .map(([k, v]) => `<data key="${k}">${x(v)}</data>`)
    .join('');

/**
 * The map as GraphML (yEd, Cytoscape, NetworkX, igraph): the same attributes as the GEXF
 * export, positions in screen coordinates, each edge directed or not, strength as `weight`.
 */
export function writeGraphml(map: StakeholderMap): string {
  // Key ids are unique across nodes and edges, so each can be its attribute's name.
  const key =
    (owner: string) =>
    ({ id, type }: Pick<Key<never>, 'id' | 'type'>) =>
      `  <key id="${id}" for="${owner}" attr.name="${id}" attr.type="${graphmlType(type)}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map(key('node')),
    ...edgeKeys.map(key('edge')),
    `  <graph id="G" edgedefault="${map.settings.directed ? 'directed' : 'undirected'}">`,
  ];
  for (const a of map.actors) {
    const values = data(nodeKeys, a);
    lines.push(`    <node id="${x(a.id)}">${values}</node>`);
  }
  for (const t of map.ties) {
    const values = data(edgeKeys, t);
    lines.push(`    <edge id="${x(t.id)}" source="${x(t.from)}" target="${x(t.to)}" directed="${t.directed}">${values}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
