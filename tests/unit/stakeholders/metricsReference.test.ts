import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import { describe, expect, it } from 'vitest';
import { brandes } from '../../../shared/domain/stakeholders/metrics/brandes';
import { buildNetwork } from '../../../shared/domain/stakeholders/metrics/buildNetwork';
import { componentsOf } from '../../../shared/domain/stakeholders/metrics/components';
import { computeMapMetrics } from '../../../shared/domain/stakeholders/metrics/computeMapMetrics';
import florentine from '../../fixtures/networks/florentineFamilies.json';
import florentineWithPucci from '../../fixtures/networks/florentineFamiliesWithPucci.json';
import karate from '../../fixtures/networks/karateClub.json';
import randomDirected from '../../fixtures/networks/randomDirected.json';
import { type ReferenceNetwork, referenceMap } from '../../fixtures/networks/referenceNetwork';
import { seededRandom } from '../../support/syntheticMap';

const networks: [string, ReferenceNetwork][] = [
  ['karate club', karate],
  ['Florentine families (15)', florentine],
  ['Florentine families with the Pucci (16)', florentineWithPucci],
  ['random directed graph', randomDirected],
];

/** The same network built straight into graphology, independently of the app's builder. */
function graphologyOf(nodes: readonly string[], edges: readonly (readonly string[])[], directed: boolean): Graph {
  const g = new Graph({ type: directed ? 'directed' : 'undirected' });
  for (const v of nodes) g.addNode(v);
  for (const [a, b] of edges) g.mergeEdge(a!, b!);
  return g;
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>, digits = 9) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual[k], k).toBeCloseTo(v, digits);
}

describe('metrics on classic networks, against networkx and graphology', () => {
  it.each(networks)('%s', (_name, net) => {
    const m = computeMapMetrics(referenceMap(net));
    const by = (f: 'degreeCentrality' | 'betweenness' | 'closeness') => Object.fromEntries(m.actors.map((a) => [a.actorId, a[f]]));
    expectClose(by('degreeCentrality'), net.reference.degreeCentrality);
    expectClose(by('betweenness'), net.reference.betweenness);
    expectClose(by('closeness'), net.reference.closeness);
    expect(m.network.density).toBeCloseTo(net.reference.density, 12);
    expect(m.network.components).toBe(net.reference.components);
    expect(m.network.largestComponent).toBe(net.reference.largestComponent);
    expect(m.actors.filter((a) => a.isolate).map((a) => a.actorId)).toEqual(net.reference.isolates);

    const g = graphologyOf(net.nodes, net.edges, net.directed);
    expectClose(by('betweenness'), betweennessCentrality(g, { getEdgeWeight: null }));
    expectClose(by('closeness'), closenessCentrality(g, { wassermanFaust: true }));
    expectClose(by('degreeCentrality'), degreeCentrality(g));
    expect(m.network.components).toBe(connectedComponents(g).length);
  });

  it('gives the published headline figures', () => {
    const kc = computeMapMetrics(referenceMap(karate)).actors;
    expect(kc.find((a) => a.actorId === '0')!.betweenness).toBeCloseTo(0.437635281385, 9);
    expect(kc.find((a) => a.actorId === '33')!.betweenness).toBeCloseTo(0.30407497595, 9);
    const medici = (net: ReferenceNetwork) => computeMapMetrics(referenceMap(net)).actors.find((a) => a.actorId === 'Medici')!;
    expect(medici(florentine).betweenness).toBeCloseTo(0.521978021978, 9);
    // The Pucci change n, hence the scale: 47.5 pairs over 15·14/2 instead of 14·13/2.
    expect(medici(florentineWithPucci).betweenness).toBeCloseTo(47.5 / 105, 9);
  });
});

describe('typed-array Brandes against graphology on seeded random graphs', () => {
  function randomGraph(n: number, m: number, seed: number): string[][] {
    const rnd = seededRandom(seed);
    const edges: string[][] = [];
    for (let i = 0; i < m; i++) {
      const a = Math.floor(rnd() * n);
      const b = Math.floor(rnd() * n);
      if (a !== b) edges.push([`n${a}`, `n${b}`]);
    }
    return edges;
  }

  it.each([
    [false, 1],
    [true, 2],
    [false, 3],
  ])('directed %s, seed %i', (directed, seed) => {
    const nodes = Array.from({ length: 400 }, (_, i) => `n${i}`);
    const edges = randomGraph(400, 900, seed);
    const net = buildNetwork(
      nodes.map((id) => ({ id, name: id, kind: 'sme', sector: 'business', insideCluster: true })),
      edges.map(([from, to], i) => ({ id: `t${i}`, from: from!, to: to!, type: 'information', directed: true, strength: 1, trust: null })),
      directed,
    );
    const { betweenness, closeness } = brandes(net.paths);
    const g = graphologyOf(nodes, edges, directed);
    const ours = (xs: ArrayLike<number>) => Object.fromEntries(net.ids.map((id, i) => [id, xs[i]!]));
    expectClose(ours(betweenness), betweennessCentrality(g, { getEdgeWeight: null }));
    expectClose(ours(closeness), closenessCentrality(g, { wassermanFaust: true }));
    expectClose(ours(net.degree), Object.fromEntries(g.mapNodes((v) => [v, g.degree(v)])));
    expect(net.edges).toBe(g.size);
    // Same partition as graphology-components (weak when directed), numbered largest first.
    const { of, sizes } = componentsOf(net.pairs);
    const theirs = connectedComponents(g).map((c) => c.map((id) => net.index.get(id)!).sort((a, b) => a - b));
    expect(theirs.map((c) => c.length).sort((a, b) => b - a)).toEqual(sizes);
    for (const c of theirs) expect(new Set(c.map((v) => of[v])).size).toBe(1);
  });
});
