import type { ActorKind, TieType } from '../../../../shared/domain/stakeholders/codes';
import type { MapActor, Tie } from '../../../../shared/domain/stakeholders/schemas';
import { mapActor, mapTie } from '../mapRecords';

/** An actor placed at (x, y), of middling influence unless told. */
export function placed(id: string, x: number, y: number, o: { influence?: number; kind?: ActorKind } = {}): MapActor {
  return mapActor(id, { x, y, ...o });
}

/** A tie of the map. */
export function tie(id: string, from: string, to: string, o: { type?: TieType; strength?: number; directed?: boolean } = {}): Tie {
  return mapTie(id, from, to, o);
}
