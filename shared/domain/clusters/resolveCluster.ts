import { AppError } from '../../contract/errors';

function wordsOf(name: string): string[] {
  return name
    .toLocaleLowerCase('id')
    .split(/[\s()/,-]+/)
    .filter(Boolean);
}

interface Named {
  id: string;
  name: string;
}

/**
 * Finds a cluster from what a person types on the command line: its id or its full name
 * (either in any case), or a prefix that only one cluster has, of its name or of a word in it
 * ("kebumen" finds "Sentra Genteng Kebumen").
 */
export function resolveCluster<T extends Named>(clusters: readonly T[], query: string): T {
  const q = query.trim().toLocaleLowerCase('id');
  if (q === '') throw new AppError('invalidInput', { field: 'cluster', detail: 'validation.required' });
  const byId = clusters.find((c) => c.id.toLocaleLowerCase('id') === q);
  if (byId) return byId;
  const exact = clusters.filter((c) => c.name.toLocaleLowerCase('id') === q);
  if (exact.length === 1) return exact[0]!;
  const prefixed = clusters.filter((c) => c.name.toLocaleLowerCase('id').startsWith(q));
  if (prefixed.length === 1) return prefixed[0]!;
  // Names often start with a common word ("Sentra Genteng Kebumen"): a prefix of any word counts too.
  const byWord = prefixed.length > 0 ? [] : clusters.filter((c) => wordsOf(c.name).some((w) => w.startsWith(q)));
  if (byWord.length === 1) return byWord[0]!;
  if (byWord.length > 1) {
    throw new AppError('clusterAmbiguous', { query, matches: byWord.map((c) => c.name).join(', ') });
  }
  if (prefixed.length > 1) {
    throw new AppError('clusterAmbiguous', { query, matches: prefixed.map((c) => c.name).join(', ') });
  }
  throw new AppError('notFound', { query });
}
