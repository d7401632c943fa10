import type { MapActor, Tie } from '../../../../shared/domain/stakeholders/schemas';

/** An attribute's type, in GEXF's words (GraphML says `int` for `integer`). */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';

/** One attribute that the graph exports write for each actor or tie. */
export interface GraphAttribute<T> {
  id: string;
  type: AttributeType;
  value: (item: T) => string | number | boolean | null;
}

/** The actor's fields that GEXF and GraphML carry, in the order they are written (snake_case, as other tools expect). */
export const actorAttributes: GraphAttribute<MapActor>[] = [
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'sector', type: 'string', value: (a) => a.sector },
  { id: 'level', type: 'string', value: (a) => a.level },
  { id: 'inside_cluster', type: 'boolean', value: (a) => a.insideCluster },
  { id: 'role', type: 'string', value: (a) => a.role },
  { id: 'influence', type: 'integer', value: (a) => a.influence },
  { id: 'interest', type: 'integer', value: (a) => a.interest },
  { id: 'attitude', type: 'string', value: (a) => a.attitude },
  { id: 'potentially_viable', type: 'boolean', value: (a) => a.potentiallyViable },
  { id: 'leading_firm', type: 'boolean', value: (a) => a.leadingFirm },
  { id: 'x', type: 'double', value: (a) => a.x },
  { id: 'y', type: 'double', value: (a) => a.y },
];

/** The tie's fields that GEXF and GraphML carry, in the order they are written. */
export const tieAttributes: GraphAttribute<Tie>[] = [
  { id: 'type', type: 'string', value: (t) => t.type },
  { id: 'strength', type: 'integer', value: (t) => t.strength },
  { id: 'trust', type: 'integer', value: (t) => t.trust },
  { id: 'formal', type: 'boolean', value: (t) => t.formal },
  { id: 'since', type: 'string', value: (t) => t.since },
  { id: 'notes', type: 'string', value: (t) => t.notes },
];

/** The attributes an item has a value for (empty and missing ones are left out), with their values. */
export function attributeValues<T>(attributes: GraphAttribute<T>[], item: T): [string, string | number | boolean][] {
  const out: [string, string | number | boolean][] = [];
  for (const a of attributes) {
    const v = a.value(item);
    if (v !== null && v !== '') out.push([a.id, v]);
  }
  return out;
}
