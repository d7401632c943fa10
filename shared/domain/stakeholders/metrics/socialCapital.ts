import { BROKERS_LISTED, brokerTargets, brokersFor } from './brokers';
import { csrOfArcs } from './csr';
import type { BrokerGroup, MetricsActor, MetricsTie, SocialCapital } from './types';

/**
 * JICA's social capital read off the map (DOMAIN.md, "Stakeholders"): internal bonding among the
 * SMEs, bridging to outside actors, trust, and who brokers the SMEs' access to banks, BDS
 * providers and buyers.
 *
 * Choices, which the catalog's sentences say in plain words:
 * - SMEs are actors of kind `sme`, inside the cluster or not; cooperatives are not (they are
 *   vehicles of bonding, not its members), but they count as inside actors for bridging.
 * - These figures count relationships: pairs of actors joined by at least one tie, whatever its
 *   direction (the map's directed setting is for the structural metrics), and a conflict tie is
 *   not social capital, so it joins no pair here.
 * - Trust is averaged over the ties (every type) whose trust was asked; a missing trust is
 *   missing, never the lowest score.
 */
export function computeSocialCapital(actors: readonly MetricsActor[], ties: readonly MetricsTie[]): SocialCapital {
  const n = actors.length;
  const index = new Map<string, number>();
  actors.forEach((a, i) => index.set(a.id, i));

  const pairKeys = new Set<number>();
  const pairs: number[] = [];
  let trustSum = 0;
  let trustKnown = 0;
  let trustUnknown = 0;
  for (const tie of ties) {
    const a = index.get(tie.from);
    const b = index.get(tie.to);
    if (a === undefined || b === undefined || a === b) continue;
    if (tie.trust === null) trustUnknown++;
    else {
      trustKnown++;
      trustSum += tie.trust;
    }
    if (tie.type === 'conflict') continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (pairKeys.has(key)) continue;
    pairKeys.add(key);
    pairs.push(a, b);
  }

  const isSme = Uint8Array.from(actors, (a) => (a.kind === 'sme' ? 1 : 0));
  const smeIndices = indicesWhere(actors, (a) => a.kind === 'sme');
  const hasSmeTie = new Uint8Array(n);
  let smePairs = 0;
  let insideOutside = 0;
  let crossSector = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i]!;
    const b = pairs[i + 1]!;
    if (isSme[a] && isSme[b]) {
      smePairs++;
      hasSmeTie[a] = 1;
      hasSmeTie[b] = 1;
    }
    if (actors[a]!.insideCluster !== actors[b]!.insideCluster) insideOutside++;
    if (actors[a]!.sector !== actors[b]!.sector) crossSector++;
  }
  const k = smeIndices.length;
  const isolatedSmeIds = smeIndices.filter((v) => hasSmeTie[v] === 0).map((v) => actors[v]!.id);
  const pairCount = pairs.length / 2;
  // Krackhardt & Stern's E-I index over the whole map: (E − I) / (E + I), E the pairs across
  // groups and I those within one; every pair is one or the other, so E + I is all pairs.
  const ei = (external: number) => (pairCount === 0 ? null : (external - (pairCount - external)) / pairCount);

  const csr = csrOfArcs(n, pairs, false);
  const brokers: BrokerGroup[] = brokerTargets.map((target) => {
    const found = brokersFor(
      csr,
      isSme,
      indicesWhere(actors, (a) => a.kind === target),
    );
    const ranked = topIndices(found.pairs, BROKERS_LISTED);
    return {
      target,
      brokers: ranked.map((v) => ({
        actorId: actors[v]!.id,
        name: actors[v]!.name,
        pairs: found.pairs[v]!,
        share: found.pairs[v]! / found.connectedPairs,
      })),
    };
  });

  return {
    bonding: {
      smes: k,
      density: k < 2 ? null : smePairs / ((k * (k - 1)) / 2),
      isolatedShare: k === 0 ? null : isolatedSmeIds.length / k,
      isolatedSmeIds,
    },
    bridging: {
      ties: insideOutside,
      share: pairCount === 0 ? null : insideOutside / pairCount,
      eiInsideOutside: ei(insideOutside),
      eiSector: ei(crossSector),
    },
    trust: { average: trustKnown === 0 ? null : trustSum / trustKnown, known: trustKnown, unknown: trustUnknown },
    brokers,
  };
}

function indicesWhere<T>(xs: readonly T[], keep: (x: T) => boolean): number[] {
  const found: number[] = [];
  for (let i = 0; i < xs.length; i++) if (keep(xs[i]!)) found.push(i);
  return found;
}

/** Indices of the `k` largest positive values, largest first, the lower index first on ties. */
function topIndices(values: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (let v = 0; v < values.length; v++) {
    const x = values[v]!;
    if (x <= 0 || (top.length === k && x <= values[top[k - 1]!]!)) continue;
    let at = top.length;
    while (at > 0 && values[top[at - 1]!]! < x) at--;
    top.splice(at, 0, v);
    if (top.length > k) top.pop();
  }
  return top;
}
