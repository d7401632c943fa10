import { AppError } from '../../contract/errors';

interface Named {
  id: string;
  name: string;
}

/**
 * Finds a cluster from what a person types on the command line: its id, its full name
 * (any case), or a prefix of the name that only one cluster has ("kebumen").
 */
export function resolveCluster<T extends Named>(clusters: readonly T[], query: string): T {
  const q = query.trim().toLocaleLowerCase('id');
  const byId = clusters.find((c) => c.id === query.trim());
  if (byId) return byId;
  const exact = clusters.filter((c) => c.name.toLocaleLowerCase('id') === q);
  if (exact.length === 1) return exact[0]!;
  const prefixed = clusters.filter((c) => c.name.toLocaleLowerCase('id').startsWith(q));
  if (q !== '' && prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) {
    throw new AppError('clusterAmbiguous', { query, matches: prefixed.map((c) => c.name).join(', ') });
  }
  throw new AppError('notFound', { query });
}
