import { actorKinds } from '../codes';
import { nodeRadius } from '../drawing/mapStyle';

/*
 * Room every layout leaves around an actor, in map units. Positions are actor centres; the name
 * is drawn under the shape, so a row of actors needs the label's height below each shape too.
 */

/** Space between two shapes side by side. */
export const NODE_GAP = 18;
/** Height of the name line under a shape. */
export const LABEL_ROOM = 26;
/** The widest shape (influence 5). */
export const MAX_RADIUS = nodeRadius(5);

/** Width of a name's line under a shape (16 characters at the canvas's and export's name size). */
export const LABEL_WIDTH = 140;

/** Distance from one actor's centre to the next in a row of actors of this radius: the shape or its name, whichever is wider. */
export function slotWidth(radius: number): number {
  return Math.max(2 * radius + NODE_GAP + 28, LABEL_WIDTH);
}

/** Distance from one row of actors of this radius to the next. */
export function slotHeight(radius: number): number {
  return 2 * radius + NODE_GAP + LABEL_ROOM;
}

/** A small seeded PRNG (mulberry32): a layout gives the same picture on every run and machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Sortable = { kind: (typeof actorKinds)[number]; influence: number; name: string; id: string };

/**
 * A stable order for actors that share a place: kind (in DOMAIN.md's order), the more influential
 * first, then name and id. Code-unit comparison, not localeCompare, so a worker and Node agree.
 */
export function byKindThenInfluence(a: Sortable, b: Sortable): number {
  return actorKinds.indexOf(a.kind) - actorKinds.indexOf(b.kind) || b.influence - a.influence || compareText(a.name, b.name) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
