import type { PrintModel } from '../printModel';
import type { PrintWords } from '../printWords';

/** Case and spacing folded, so "Ceper " and "ceper" count as the same name. */
const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * The plan's title as the cover and the running header print it: the facilitator's, else
 * "Rencana Aksi <cluster> <year>". A title that is only the cluster's name counts as none, since
 * the cover and the header would otherwise print the name twice.
 */
export function documentTitle(m: PrintModel, words: PrintWords): string {
  const title = m.plan.header.title.trim();
  if (title && folded(title) !== folded(m.cluster.name)) return title;
  return words.t('planPrint.documentTitle', { cluster: m.cluster.name, year: m.plan.header.year });
}

/** Whether the title already names the cluster, so the cover and header need not repeat it. */
export function titleNamesCluster(m: PrintModel, words: PrintWords): boolean {
  return folded(documentTitle(m, words)).includes(folded(m.cluster.name));
}

/** The running header: "<title> · <cluster>", or the title alone when it already names the cluster. */
export function runningHeader(m: PrintModel, words: PrintWords): string {
  const title = documentTitle(m, words);
  return titleNamesCluster(m, words) ? title : words.t('planPrint.runningHeader', { title, cluster: m.cluster.name });
}
