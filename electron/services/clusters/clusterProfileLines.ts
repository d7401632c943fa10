import type { Cluster } from '../../../shared/domain/clusters/schemas';
import { formatCount, formatRupiah } from '../../../shared/domain/clusters/formatRupiah';
import { totalEnterprises } from '../../../shared/domain/clusters/sizeClasses';
import type { CliContext } from '../../cli/types';
import { keyValues, table } from '../../cli/format';

/** A cluster's profile as aligned text, labelled as the app labels it, in the run's language. */
export function clusterProfileLines(c: Cluster, ctx: CliContext): string[] {
  const { t, locale } = ctx;
  const none = t('cli.none');
  const count = (n: number | null) => (n === null ? none : formatCount(n, locale));
  const list = (items: string[]) => (items.length === 0 ? none : items.join('; '));
  const orNone = (s: string) => (s.trim() === '' ? none : s);
  const place = [c.village, c.district, c.regency, c.province].filter((s) => s.trim() !== '').join(', ');
  const lines = [
    t('cli.clusters.heading', { name: c.name, id: c.id }),
    ...keyValues([
      [t('clusters.group'), `${t(`clusters.groups.${c.group}`)} (${c.group})`],
      [t('clusters.location'), orNone(place)],
      [t('clusters.sector'), orNone(c.sector)],
      [t('clusters.kbli'), orNone(c.kbli)],
      [t('clusters.establishedYear'), c.establishedYear === null ? none : String(c.establishedYear)],
      [
        t('clusters.enterprises'),
        t('cli.clusters.enterprises', {
          total: count(totalEnterprises(c)),
          micro: count(c.enterprisesMicro),
          small: count(c.enterprisesSmall),
          medium: count(c.enterprisesMedium),
          large: count(c.enterprisesLarge),
        }),
      ],
      [t('clusters.workers'), count(c.workers)],
      [t('clusters.productionValue'), c.productionValue === null ? none : formatRupiah(c.productionValue, locale)],
      [t('clusters.mainProducts'), list(c.mainProducts)],
      [t('clusters.rawMaterials'), list(c.rawMaterials.map((r) => (r.source ? `${r.material} (${r.source})` : r.material)))],
      [t('clusters.markets'), list(c.markets.map((m) => (m.channel ? `${m.market} (${m.channel})` : m.market)))],
      [t('clusters.sections.organisations'), list(c.organisations.map((o) => `${o.name} (${t(`clusters.orgKinds.${o.kind}`)})`))],
      [t('clusters.history'), orNone(c.history)],
      [t('clusters.notes'), orNone(c.notes)],
      [t('cli.clusters.created'), c.createdAt],
      [t('cli.clusters.updated'), c.updatedAt],
    ]),
  ];
  if (c.villageCounts.length > 0) {
    const head = ['village', 'micro', 'small', 'medium', 'large'].map((k) => t(`cli.clusters.villageColumns.${k}`));
    const rows = c.villageCounts.map((v) => [v.village, count(v.micro), count(v.small), count(v.medium), count(v.large)]);
    lines.push('', `${t('clusters.sections.villages')}:`, ...table(head, rows).map((l) => `  ${l}`));
  }
  return lines;
}
