import { describe, expect, it } from 'vitest';
import type { MetricsActor, MetricsTie } from '../../../shared/domain/stakeholders/metrics/types';
import { computeMapMetrics } from '../../../shared/domain/stakeholders/metrics/computeMapMetrics';
import { computeSocialCapital } from '../../../shared/domain/stakeholders/metrics/socialCapital';
import karate from '../../fixtures/networks/karateClub.json';
import { referenceMap } from '../../fixtures/networks/referenceNetwork';

type Kind = MetricsActor['kind'];
const actor = (id: string, kind: Kind, insideCluster: boolean, sector: MetricsActor['sector'] = 'business'): MetricsActor => ({
  id,
  name: id.toUpperCase(),
  kind,
  sector,
  insideCluster,
});
let nextTie = 0;
const tie = (from: string, to: string, over: Partial<MetricsTie> = {}): MetricsTie => ({
  id: `t${nextTie++}`,
  from,
  to,
  type: 'collaboration',
  directed: false,
  strength: 3,
  trust: null,
  ...over,
});

/*
 * s1 — s2 — s3   s4 (no SME tie)   coop (inside, a cooperative)
 *  \    |         |
 *   bds bank ——— coop
 *               agency (government, outside) — s4 in conflict only
 */
const actors = [
  actor('s1', 'sme', true),
  actor('s2', 'sme', true),
  actor('s3', 'sme', true),
  actor('s4', 'sme', true),
  actor('coop', 'cooperative', true),
  actor('bank', 'bank', false),
  actor('bds', 'bds', false),
  actor('agency', 'agency', false, 'government'),
];
const ties = [
  tie('s1', 's2', { trust: 4, strength: 2 }),
  tie('s1', 's2', { type: 'information', trust: 2, strength: 5 }),
  tie('s2', 's3', { trust: 5 }),
  tie('s1', 'bds'),
  tie('s2', 'bank', { directed: true }),
  tie('s4', 'coop'),
  tie('coop', 'bank', { trust: 3 }),
  tie('s4', 'agency', { type: 'conflict', trust: 1 }),
];

describe('social capital', () => {
  const sc = computeSocialCapital(actors, ties);

  it('bonding counts SMEs only, one pair however many ties', () => {
    // Pairs among the 4 SMEs: s1–s2, s2–s3 of 6 possible; s4's only SME-side tie is to the cooperative.
    expect(sc.bonding).toEqual({ smes: 4, density: 2 / 6, isolatedShare: 1 / 4, isolatedSmeIds: ['s4'] });
  });

  it('bridging and E-I count tied pairs, without conflict ties', () => {
    // Pairs: s1–s2, s2–s3, s1–bds, s2–bank, s4–coop, coop–bank = 6; across inside/outside: 3.
    expect(sc.bridging.ties).toBe(3);
    expect(sc.bridging.share).toBe(0.5);
    expect(sc.bridging.eiInsideOutside).toBe(0);
    // All six pairs are business–business: all internal by sector.
    expect(sc.bridging.eiSector).toBe(-1);
  });

  it('averages trust where known and never reads a missing trust as a score', () => {
    expect(sc.trust).toEqual({ average: (4 + 2 + 5 + 3 + 1) / 5, known: 5, unknown: 3 });
  });

  it('names the brokers between SMEs and banks, endpoints excluded', () => {
    const bank = sc.brokers.find((b) => b.target === 'bank')!;
    // SMEs reach the bank: s2 directly; s1 and s3 through s2; s4 through the cooperative.
    expect(bank.brokers).toEqual([
      { actorId: 's2', name: 'S2', pairs: 2, share: 0.5 },
      { actorId: 'coop', name: 'COOP', pairs: 1, share: 0.25 },
    ]);
    const bds = sc.brokers.find((b) => b.target === 'bds')!;
    // s4 reaches the BDS provider the long way (coop, bank, s2, s1): a bank can broker too.
    expect(bds.brokers.map((b) => [b.actorId, b.pairs, b.share])).toEqual([
      ['s1', 3, 3 / 4],
      ['s2', 2, 2 / 4],
      ['coop', 1, 1 / 4],
      ['bank', 1, 1 / 4],
    ]);
    expect(sc.brokers.find((b) => b.target === 'buyer')!.brokers).toEqual([]);
  });

  it('returns nulls, not zeros, where a figure is undefined', () => {
    const empty = computeSocialCapital([actor('a', 'agency', false)], []);
    expect(empty.bonding).toEqual({ smes: 0, density: null, isolatedShare: null, isolatedSmeIds: [] });
    expect(empty.bridging).toEqual({ ties: 0, share: null, eiInsideOutside: null, eiSector: null });
    expect(empty.trust).toEqual({ average: null, known: 0, unknown: 0 });
  });

  it('splits a pair among equally short routes, as networkx betweenness_centrality_subset', () => {
    // Karate club: members 0–16 as SMEs, 23, 24 and 33 as banks. networkx 3.6.1's
    // betweenness_centrality_subset(G, range(17), [33, 23, 24], normalized=False) halves
    // undirected values (it expects each pair from both ends); doubled: the pairs' shares.
    const map = referenceMap(karate);
    const kindOf = (id: string): Kind => (Number(id) < 17 ? 'sme' : ['23', '24', '33'].includes(id) ? 'bank' : 'other');
    const kinds = map.actors.map((a) => ({ ...a, kind: kindOf(a.id) }));
    const bank = computeSocialCapital(kinds, map.ties).brokers.find((b) => b.target === 'bank')!;
    const expected: [string, number][] = [
      ['0', 11.392857142857142],
      ['31', 8.435714285714285],
      ['33', 5.3805555555555555],
      ['27', 3.7079365079365076],
      ['32', 3.4690476190476183],
    ];
    expect(bank.brokers.map((b) => b.actorId)).toEqual(expected.map(([id]) => id));
    bank.brokers.forEach((b, i) => {
      expect(b.pairs).toBeCloseTo(2 * expected[i]![1], 9);
      expect(b.share).toBeCloseTo((2 * expected[i]![1]) / 51, 9);
    });
  });
});

describe('per-actor figures of a map', () => {
  it('takes the strongest tie of a pair for strength and counts a pair once for degree', () => {
    const m = computeMapMetrics({ actors, ties, directed: false });
    const s1 = m.actors.find((a) => a.actorId === 's1')!;
    expect(s1.degree).toBe(2);
    expect(s1.strength).toBe(5 + 3);
    expect(m.network).toEqual({ actors: 8, ties: 8, directed: false, density: 7 / 28, components: 1, largestComponent: 8, isolates: 0 });
  });

  it('reads a directed map as arcs: an undirected tie both ways, a directed tie one way', () => {
    const m = computeMapMetrics({ actors, ties, directed: true });
    const s2 = m.actors.find((a) => a.actorId === 's2')!;
    // s1 ⇄ s2 and s2 ⇄ s3 are two arcs each; s2 → bank one: in + out = 5.
    expect(s2.degree).toBe(5);
    expect(m.network.density).toBe(13 / 56);
    expect(m.network.components).toBe(1);
  });

  it('numbers components largest first and counts isolates', () => {
    const m = computeMapMetrics({ actors: [...actors, actor('lone', 'ngo', false, 'community')], ties, directed: false });
    expect(m.network).toMatchObject({ components: 2, largestComponent: 8, isolates: 1 });
    const lone = m.actors.find((a) => a.actorId === 'lone')!;
    expect(lone).toMatchObject({ component: 1, isolate: true, closeness: 0, betweenness: 0, degreeCentrality: 0 });
  });

  it('skips ties whose actors are not on the map', () => {
    const m = computeMapMetrics({ actors: actors.slice(0, 2), ties, directed: false });
    expect(m.network.ties).toBe(2);
    expect(m.actors).toHaveLength(2);
  });
});
