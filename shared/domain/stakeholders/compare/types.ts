import type { ActorFields, MapActor, MapSettings, Tie, TieFields } from '../schemas';

/** A map at one moment: the live map or a snapshot. */
export interface MapState {
  actors: MapActor[];
  ties: Tie[];
  settings: MapSettings;
}

/** A figure of the network or of social capital before and after; null where undefined. */
export interface FigureChange {
  /** Indicator key: its name and explanation are `stakeholderMetrics.indicators.<key>.name` / `.explain`. */
  key: string;
  before: number | null;
  after: number | null;
}

/** What changed between two states of a map, matched by record id (snapshots keep ids). */
export interface MapComparison {
  actors: {
    added: MapActor[];
    removed: MapActor[];
    changed: { before: MapActor; after: MapActor; fields: (keyof ActorFields)[] }[];
  };
  ties: {
    added: Tie[];
    removed: Tie[];
    changed: { before: Tie; after: Tie; fields: (keyof TieFields)[] }[];
  };
  figures: FigureChange[];
  /** Per actor present in either state: degree and betweenness before and after (null where absent). */
  actorMetrics: {
    actorId: string;
    name: string;
    degreeBefore: number | null;
    degreeAfter: number | null;
    betweennessBefore: number | null;
    betweennessAfter: number | null;
  }[];
}
