import { tieTypes, type TieType } from '../../../../../shared/domain/stakeholders/codes';
import { kindShape, nodeRadius, sectorColour, type NodeShape } from '../../../../../shared/domain/stakeholders/drawing/mapStyle';
import type { MapActor, Tie } from '../../../../../shared/domain/stakeholders/schemas';

/**
 * The map as the canvas layer draws and hit-tests it: flat arrays, so a frame walks numbers
 * instead of objects, and a drag moves actors by writing into `x` / `y` in place.
 */
export interface Scene {
  actorIds: string[];
  indexOf: Map<string, number>;
  names: string[];
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
  shape: NodeShape[];
  colour: string[];
  tieIds: string[];
  tieIndexOf: Map<string, number>;
  from: Int32Array;
  to: Int32Array;
  tieType: TieType[];
  strength: Uint8Array;
  directed: Uint8Array;
  /** Tie indices by style group (type × strength), so each group is stroked once. */
  groups: { type: TieType; strength: number; ties: Int32Array }[];
}

/** Builds the scene of the actors and ties shown; ties whose ends are not shown are left out. */
export function buildScene(actors: readonly MapActor[], ties: readonly Tie[]): Scene {
  const n = actors.length;
  const indexOf = new Map<string, number>();
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const r = new Float64Array(n);
  actors.forEach((a, i) => {
    indexOf.set(a.id, i);
    x[i] = a.x;
    y[i] = a.y;
    r[i] = nodeRadius(a.influence);
  });
  const kept = ties.filter((t) => indexOf.has(t.from) && indexOf.has(t.to));
  const m = kept.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const strength = new Uint8Array(m);
  const directed = new Uint8Array(m);
  const tieIndexOf = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  kept.forEach((t, k) => {
    tieIndexOf.set(t.id, k);
    from[k] = indexOf.get(t.from)!;
    to[k] = indexOf.get(t.to)!;
    strength[k] = t.strength;
    directed[k] = t.directed ? 1 : 0;
    const key = `${t.type}/${t.strength}`;
    const list = buckets.get(key);
    if (list) list.push(k);
    else buckets.set(key, [k]);
  });
  const groups: Scene['groups'] = [];
  for (const type of tieTypes)
    for (let s = 1; s <= 5; s++) {
      const list = buckets.get(`${type}/${s}`);
      if (list) groups.push({ type, strength: s, ties: Int32Array.from(list) });
    }
  return {
    actorIds: actors.map((a) => a.id),
    indexOf,
    names: actors.map((a) => a.name),
    x,
    y,
    r,
    shape: actors.map((a) => kindShape[a.kind]),
    colour: actors.map((a) => sectorColour[a.sector]),
    tieIds: kept.map((t) => t.id),
    tieIndexOf,
    from,
    to,
    tieType: kept.map((t) => t.type),
    strength,
    directed,
    groups,
  };
}

/** A rectangle on the map's plane. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box around the given actors (all when none are named), shapes and names included. */
export function sceneBounds(scene: Scene, only?: Iterable<number>): Box | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (i: number) => {
    const rr = scene.r[i]!;
    minX = Math.min(minX, scene.x[i]! - rr);
    maxX = Math.max(maxX, scene.x[i]! + rr);
    minY = Math.min(minY, scene.y[i]! - rr);
    // the name line under the shape
    maxY = Math.max(maxY, scene.y[i]! + rr + 18);
  };
  if (only) for (const i of only) visit(i);
  else for (let i = 0; i < scene.actorIds.length; i++) visit(i);
  return minX === Infinity ? null : { minX, minY, maxX, maxY };
}
