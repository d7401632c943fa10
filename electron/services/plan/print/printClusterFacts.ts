import type { Cluster } from '../../../../shared/domain/clusters/schemas';
import { totalEnterprises } from '../../../../shared/domain/clusters/sizeClasses';
import type { PrintFact } from './printModel';
import type { PrintWords } from './printWords';

/**
 * The cluster profile's facts in the order the profile screen shows them, labelled with the
 * clusters catalog and formatted for the document's language. Empty fields are left out, so the
 * printed profile never shows a row of dashes.
 */
export function printClusterFacts(c: Cluster, words: PrintWords): PrintFact[] {
  const { t, count, rupiah } = words;
  const facts: PrintFact[] = [];
  const add = (key: string, label: string, value: string) => {
    if (value.trim() !== '') facts.push({ key, label, value });
  };
  const place = [c.village, c.district, c.regency, c.province].filter((s) => s.trim() !== '').join(', ');
  add('location', t('clusters.location'), place);
  add('sector', t('clusters.sector'), c.sector);
  add('kbli', t('clusters.kbli'), c.kbli);
  add('group', t('clusters.group'), t(`clusters.groups.${c.group}`));
  add('establishedYear', t('clusters.establishedYear'), c.establishedYear === null ? '' : String(c.establishedYear));
  const total = totalEnterprises(c);
  if (total !== null) {
    const classes = (['Micro', 'Small', 'Medium', 'Large'] as const)
      .map((size) => ({ size, n: c[`enterprises${size}`] }))
      .filter((s) => s.n !== null && s.n > 0)
      .map((s) => t(`planPrint.facts.size${s.size}`, { count: count(s.n!) }));
    add(
      'enterprises',
      t('clusters.enterprises'),
      classes.length === 0 ? count(total) : t('planPrint.facts.enterprises', { total: count(total), classes: classes.join(', ') }),
    );
  }
  add('workers', t('clusters.workers'), c.workers === null ? '' : count(c.workers));
  add('productionValue', t('clusters.productionValue'), c.productionValue === null ? '' : rupiah(c.productionValue));
  add('mainProducts', t('clusters.mainProducts'), c.mainProducts.join('; '));
  add('rawMaterials', t('clusters.rawMaterials'), c.rawMaterials.map((r) => (r.source ? `${r.material} (${r.source})` : r.material)).join('; '));
  add('markets', t('clusters.markets'), c.markets.map((m) => (m.channel ? `${m.market} (${m.channel})` : m.market)).join('; '));
  add('organisations', t('clusters.sections.organisations'), c.organisations.map((o) => `${o.name} (${t(`clusters.orgKinds.${o.kind}`)})`).join('; '));
  add('history', t('clusters.history'), c.history);
  return facts;
}
