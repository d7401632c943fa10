import { actorKinds, attitudes, defaultSectorOf, tieTypes } from '../../shared/domain/stakeholders/codes';
import type { ActorFields, TieFields } from '../../shared/domain/stakeholders/schemas';
import { seededRandom } from '../../shared/domain/stakeholders/layouts/layoutSpacing';

export { seededRandom };

export interface SyntheticMap {
  actors: ActorFields[];
  /** Ties by the index of their actors in `actors`. */
  ties: (Omit<TieFields, 'from' | 'to'> & { from: number; to: number })[];
}

/**
 * A map shaped like a large cluster's for benchmarks and the canvas's speed test: mostly SMEs in
 * village groups, tied mostly within their group, plus outside actors that many SMEs tie to.
 * No self-ties and no two ties of one type between the same pair.
 */
export function syntheticMap(actorCount = 2000, tieCount = 5000, seed = 7): SyntheticMap {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const groups = Math.max(1, Math.round(actorCount / 40));
  const actors: ActorFields[] = [];
  for (let i = 0; i < actorCount; i++) {
    const kind = rnd() < 0.7 ? 'sme' : pick(actorKinds);
    actors.push({
      name: `${kind === 'sme' ? 'IKM' : 'Aktor'} ${i + 1}`,
      kind,
      sector: defaultSectorOf[kind],
      level: kind === 'sme' ? 'cluster' : pick(['national', 'provincial', 'regency'] as const),
      insideCluster: kind === 'sme' || kind === 'cooperative',
      role: null,
      influence: Math.floor(rnd() * 6),
      interest: Math.floor(rnd() * 6),
      attitude: pick(attitudes),
      potentiallyViable: kind === 'sme' && rnd() < 0.2,
      leadingFirm: kind === 'sme' && rnd() < 0.05,
      contact: '',
      notes: '',
    });
  }
  const group = (i: number) => i % groups;
  const seen = new Set<string>();
  const ties: SyntheticMap['ties'] = [];
  let guard = 0;
  while (ties.length < tieCount && guard++ < tieCount * 50) {
    const from = Math.floor(rnd() * actorCount);
    // Four ties in five stay in the village group; the rest reach anywhere.
    let to = Math.floor(rnd() * actorCount);
    if (rnd() < 0.8) to = (Math.floor(rnd() * Math.ceil(actorCount / groups)) * groups + group(from)) % actorCount;
    if (to === from) continue;
    const type = pick(tieTypes);
    const key = from < to ? `${from}-${to}-${type}` : `${to}-${from}-${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push({
      from,
      to,
      type,
      directed: type === 'supply' || type === 'sales' || type === 'finance',
      strength: 1 + Math.floor(rnd() * 5),
      trust: rnd() < 0.8 ? 1 + Math.floor(rnd() * 5) : null,
      formal: rnd() < 0.3,
      since: null,
      notes: '',
    });
  }
  return { actors, ties };
}
