import { brandes } from './brandes';
import { buildNetwork } from './buildNetwork';
import { componentsOf } from './components';
import { computeSocialCapital } from './socialCapital';
import type { ActorMetrics, MapMetrics, MetricsActor, MetricsTie } from './types';

/**
 * All metrics of a map: per actor, of the network, and the social-capital panel. Pure (the app
 * runs it in a Web Worker, the CLI in Node). Normalisation follows networkx and Gephi; see
 * buildNetwork (one edge per pair, unweighted paths), brandes (betweenness, closeness) and
 * socialCapital for the choices made.
 *
 * Strength of an actor: the sum, over the actors it is tied to, of the strongest of its ties with
 * each (1–5). The strongest rather than the sum, so that a pair tied by three weak ties does not
 * outweigh a pair with one strong one, and a pair stays on the 1–5 scale people scored.
 */
export function computeMapMetrics({ actors, ties, directed }: { actors: readonly MetricsActor[]; ties: readonly MetricsTie[]; directed: boolean }): MapMetrics {
  const net = buildNetwork(actors, ties, directed);
  const n = net.ids.length;
  const { betweenness, closeness } = brandes(net.paths);
  const components = componentsOf(net.pairs);

  const byId = new Map(actors.map((a) => [a.id, a]));
  let isolates = 0;
  const actorMetrics: ActorMetrics[] = net.ids.map((id, v) => {
    const degree = net.degree[v]!;
    if (degree === 0) isolates++;
    return {
      actorId: id,
      name: byId.get(id)!.name,
      degree,
      degreeCentrality: n > 1 ? degree / (n - 1) : 0,
      strength: net.strength[v]!,
      betweenness: betweenness[v]!,
      closeness: closeness[v]!,
      component: components.of[v]!,
      isolate: degree === 0,
    };
  });

  const possible = directed ? n * (n - 1) : (n * (n - 1)) / 2;
  return {
    actors: actorMetrics,
    network: {
      actors: n,
      ties: net.validTies,
      directed,
      density: possible > 0 ? net.edges / possible : 0,
      components: components.sizes.length,
      largestComponent: components.sizes[0] ?? 0,
      isolates,
    },
    socialCapital: computeSocialCapital(actors, ties),
  };
}
