import type { Layout, MapActor, Position, Tie } from '../../../../../shared/domain/stakeholders/schemas';

/** What the page asks the layout worker: lay these actors out. */
export interface LayoutRequest {
  layout: Layout;
  actors: MapActor[];
  ties: Tie[];
}

/** What the layout worker answers: progress now and then, then the positions or the error. */
export type LayoutReply = { kind: 'progress'; done: number } | { kind: 'done'; positions: Position[] } | { kind: 'failed'; message: string };
