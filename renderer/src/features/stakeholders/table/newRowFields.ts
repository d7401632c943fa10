import { defaultSectorOf, type ActorKind, type TieType } from '../../../../../shared/domain/stakeholders/codes';
import type { ActorFields, TieFields } from '../../../../../shared/domain/stakeholders/schemas';

/** Room between actors placed from the table, in map units (a node is about 60 wide). */
export const SPOT_GAP = 120;

/**
 * An actor added from the table with only a name and a kind: the sector its kind usually has,
 * SMEs and cooperatives inside the cluster, middling influence and interest to be refined later.
 */
export function newActorFields(name: string, kind: ActorKind): ActorFields {
  return {
    name,
    kind,
    sector: defaultSectorOf[kind],
    level: 'cluster',
    insideCluster: kind === 'sme' || kind === 'cooperative',
    role: null,
    influence: 2,
    interest: 2,
    attitude: 'neutral',
    potentiallyViable: false,
    leadingFirm: false,
    contact: '',
    notes: '',
  };
}

/** A tie added from the table: undirected, middling strength, trust not yet asked, informal. */
export function newTieFields(from: string, to: string, type: TieType): TieFields {
  return { from, to, type, directed: false, strength: 3, trust: null, formal: false, since: null, notes: '' };
}

/**
 * Where an actor added from the table stands on the map: in the rightmost column of the map,
 * top down, at the first spot no actor is near; when that column is full, in a new column to
 * its right. Actors added one after another thus line up beside the map instead of on it.
 */
export function freeSpot(positions: readonly { x: number; y: number }[]): { x: number; y: number } {
  if (positions.length === 0) return { x: 0, y: 0 };
  const maxX = Math.max(...positions.map((p) => p.x));
  const minY = Math.min(...positions.map((p) => p.y));
  const maxY = Math.max(...positions.map((p) => p.y));
  const near = (x: number, y: number) => positions.some((p) => Math.abs(p.x - x) < SPOT_GAP * 0.6 && Math.abs(p.y - y) < SPOT_GAP * 0.6);
  for (let y = minY; y <= maxY; y += SPOT_GAP) if (!near(maxX, y)) return { x: maxX, y };
  return { x: maxX + SPOT_GAP, y: minY };
}
