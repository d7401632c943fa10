import { type SimulationLinkDatum, forceLink, forceSimulation, forceX, forceY } from 'd3-force';
import type { MapActor, Position, Tie } from '../schemas';
import { nodeRadius } from '../drawing/mapStyle';
import { MAX_RADIUS, NODE_GAP, seededRandom } from './layoutSpacing';
import { crowding } from './crowding';
import { type RepelledNode, SIDEWAYS, repelNearby } from './repelNearby';

export interface ForceLayoutOptions {
  /** Simulation steps; by default d3's 300, 200 on large maps, where they already settle. */
  ticks?: number;
  /** Seed of the starting positions and of d3's tie-breaking jiggle. */
  seed?: number;
  /** Called every few steps with the share done (0–1). */
  onProgress?: (done: number) => void;
}

interface Node extends RepelledNode {
  id: string;
}

const DEFAULT_TICKS = 300;
const LARGE_MAP = 500;
const LARGE_MAP_TICKS = 200;
/** Steps at the end with only the shapes pushing apart, after the map is spread to its size. */
const RELAX_TICKS = 20;
/** Room between tied actors beyond their shapes: enough for a name under each. */
const LINK_ROOM = 90;
/**
 * Room kept between any two shapes. On a map small enough to show every name, room for a name's
 * two lines under a shape and its width beside it; on a large one (names hidden at fit view) less.
 */
const LABELLED_GAP = 80;
const DENSE_GAP = 2 * NODE_GAP;
const LABELLED_MAP = 200;
/** Repulsion reaches this far at least (map units; as far as two shapes' room across); see repelNearby. */
const REPULSION_REACH = 150;

/**
 * Force-directed layout (d3-force): tied actors pull together, all actors push apart, shapes never
 * overlap and a weak pull to the centre keeps separate groups and isolates in view. Deterministic:
 * seeded starting positions and a fixed number of steps, with no timer.
 */
export function forceLayout(actors: readonly MapActor[], ties: readonly Tie[], options: ForceLayoutOptions = {}): Position[] {
  const ticks = options.ticks ?? (actors.length > LARGE_MAP ? LARGE_MAP_TICKS : DEFAULT_TICKS);
  const random = seededRandom(options.seed ?? 1);
  // Start in a disc whose area grows with the map, so the simulation begins near its final size.
  const spread = 45 * Math.sqrt(actors.length + 1);
  const nodes: Node[] = actors.map((a) => {
    const angle = random() * 2 * Math.PI;
    const dist = spread * Math.sqrt(random());
    return { id: a.id, r: nodeRadius(a.influence), x: dist * Math.cos(angle), y: dist * Math.sin(angle) };
  });
  const gap = actors.length <= LABELLED_MAP ? LABELLED_GAP : DENSE_GAP;
  const links = pairLinks(actors, ties);
  const degree = new Map<string, number>();
  for (const l of links) for (const end of [l.source, l.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const radius = new Map(nodes.map((n) => [n.id, n.r]));
  // The pull to the centre weakens as the map grows, or a large map is crushed into overlaps.
  const gravity = Math.min(0.03, 0.3 / Math.sqrt(actors.length + 1));

  const simulation = forceSimulation<Node>(nodes)
    .randomSource(random)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<Node, SimulationLinkDatum<Node> & { source: string; target: string }>(links)
        .id((n) => n.id)
        .distance((l) => LINK_ROOM + (radius.get(idOf(l.source)) ?? 0) + (radius.get(idOf(l.target)) ?? 0))
        // d3's default weakens ties of busy actors, so hubs do not drag their whole neighbourhood.
        .strength((l) => 1 / Math.min(degree.get(idOf(l.source)) ?? 1, degree.get(idOf(l.target)) ?? 1)),
    )
    .force(
      'repel',
      repelNearby<Node>(Math.max(REPULSION_REACH, (2 * MAX_RADIUS + gap) * SIDEWAYS), gap, (n) => 120 + 12 * n.r, random),
    )
    .force('x', forceX<Node>(0).strength(gravity))
    .force('y', forceY<Node>(0).strength(gravity))
    .stop();

  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    if (options.onProgress && i % 20 === 19) options.onProgress((i + 1) / ticks);
  }
  spreadToFit(nodes, gap);
  // Ties and the centre pull let go; the last steps only part shapes that still touch.
  simulation.force('link', null).force('x', null).force('y', null).alpha(0);
  for (let i = 0; i < RELAX_TICKS; i++) simulation.tick();
  return nodes.map((n) => ({ actorId: n.id, x: finite(n.x), y: finite(n.y) }));
}

/**
 * Many ties (above all long ones across the map) pull a large map into a ball tighter than its
 * shapes fit, and shapes pushing each other apart widen it only slowly. Scaling the whole picture
 * until three quarters of the actors have room keeps its shape and leaves few overlaps to part.
 */
function spreadToFit(nodes: Node[], gap: number): void {
  const room = crowding(nodes, gap, 0.25);
  if (room >= 1) return;
  const scale = 1 / Math.max(room, 1 / 3);
  for (const n of nodes) {
    n.x = (n.x ?? 0) * scale;
    n.y = (n.y ?? 0) * scale;
  }
}

/** One link per tied pair of actors on the map, whatever the number, type and direction of their ties. */
function pairLinks(actors: readonly MapActor[], ties: readonly Tie[]): { source: string; target: string }[] {
  const ids = new Set(actors.map((a) => a.id));
  const seen = new Set<string>();
  const links: { source: string; target: string }[] = [];
  for (const t of ties) {
    if (t.from === t.to || !ids.has(t.from) || !ids.has(t.to)) continue;
    const key = t.from < t.to ? `${t.from}\n${t.to}` : `${t.to}\n${t.from}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ source: t.from, target: t.to });
  }
  return links;
}

function idOf(end: string | Node): string {
  return typeof end === 'string' ? end : end.id;
}

function finite(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) ? v : 0;
}
