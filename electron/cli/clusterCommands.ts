import { AppError } from '../../shared/contract/errors';
import type { Cluster } from '../../shared/domain/clusters/schemas';
import { formatCount, formatRupiah } from '../../shared/domain/clusters/formatRupiah';
import { resolveCluster } from '../../shared/domain/clusters/resolveCluster';
import { totalEnterprises } from '../../shared/domain/clusters/sizeClasses';
import { withWorkspace } from './context';
import { keyValues, table } from './format';
import { errorMessage, label } from './messages';
import type { CliCommand, CliOption } from './types';

const LOCALE = 'en';

const jsonOption: CliOption = {
  type: 'boolean',
  description: 'Print JSON instead of text.',
  descriptionId: 'Cetak JSON, bukan teks.',
};

const workspaceArg = { name: 'FILE', description: 'A .sentra workspace.' };

function groupLabel(group: Cluster['group']): string {
  return label(`clusters.groups.${group}`, group);
}

const count = (n: number | null) => (n === null ? '–' : formatCount(n, LOCALE));
const list = (items: string[]) => (items.length === 0 ? '–' : items.join('; '));
const orDash = (s: string) => (s.trim() === '' ? '–' : s);

/** A cluster's profile as aligned text, labelled as the app labels it. */
function describeCluster(c: Cluster): string[] {
  const L = (key: string, fallback: string) => label(`clusters.${key}`, fallback);
  const place = [c.village, c.district, c.regency, c.province].filter((s) => s.trim() !== '').join(', ');
  const total = totalEnterprises(c);
  const lines = [
    `${c.name}  (id ${c.id})`,
    ...keyValues([
      [L('group', 'Group'), `${groupLabel(c.group)} (${c.group})`],
      [L('location', 'Location'), orDash(place)],
      [L('sector', 'Sector'), orDash(c.sector)],
      [L('kbli', 'KBLI code'), orDash(c.kbli)],
      [L('establishedYear', 'Year founded'), c.establishedYear === null ? '–' : String(c.establishedYear)],
      [
        L('enterprises', 'Enterprises'),
        `${count(total)} (micro ${count(c.enterprisesMicro)}, small ${count(c.enterprisesSmall)}, medium ${count(c.enterprisesMedium)}, large ${count(c.enterprisesLarge)})`,
      ],
      [L('workers', 'Workers'), count(c.workers)],
      [L('productionValue', 'Annual production value'), c.productionValue === null ? '–' : formatRupiah(c.productionValue, LOCALE)],
      [L('mainProducts', 'Main products'), list(c.mainProducts)],
      [L('rawMaterials', 'Raw materials'), list(c.rawMaterials.map((r) => (r.source ? `${r.material} (${r.source})` : r.material)))],
      [L('markets', 'Markets'), list(c.markets.map((m) => (m.channel ? `${m.market} (${m.channel})` : m.market)))],
      ['Cooperatives and associations', list(c.organisations.map((o) => `${o.name} (${label(`clusters.orgKinds.${o.kind}`, o.kind)})`))],
      [L('history', 'History'), orDash(c.history)],
      [L('notes', 'Notes'), orDash(c.notes)],
      ['Created', c.createdAt],
      ['Updated', c.updatedAt],
    ]),
  ];
  if (c.villageCounts.length > 0) {
    lines.push('', `${label('clusters.sections.villages', 'Spread by village')}:`);
    lines.push(
      ...table(
        ['Village', 'Micro', 'Small', 'Medium', 'Large'],
        c.villageCounts.map((v) => [v.village, count(v.micro), count(v.small), count(v.medium), count(v.large)]),
      ).map((l) => `  ${l}`),
    );
  }
  return lines;
}

export const clustersCommand: CliCommand = {
  name: 'clusters',
  summary: 'List the clusters of workspace FILE: id, name, group and regency.',
  summaryId: 'Daftar sentra di ruang kerja FILE: id, nama, kelompok dan kabupaten/kota.',
  positionals: [workspaceArg],
  options: { json: jsonOption },
  run: async ({ positionals, values }, ctx) => {
    const [file] = positionals as [string];
    const clusters = await withWorkspace(ctx, file, () => ctx.call('clusters.list', {}));
    if (values.json === true) {
      ctx.out(JSON.stringify(clusters, null, 2));
      return 0;
    }
    if (clusters.length === 0) {
      ctx.out('No clusters in this workspace.');
      return 0;
    }
    for (const line of table(
      ['ID', 'NAME', 'GROUP', 'REGENCY'],
      clusters.map((c) => [c.id, c.name, groupLabel(c.group), orDash(c.regency)]),
    )) {
      ctx.out(line);
    }
    ctx.out(`${clusters.length} cluster${clusters.length === 1 ? '' : 's'}.`);
    return 0;
  },
};

export const clusterCommand: CliCommand = {
  name: 'cluster',
  summary: 'Show one cluster of workspace FILE in full.',
  summaryId: 'Tampilkan satu sentra dari ruang kerja FILE secara lengkap.',
  positionals: [workspaceArg],
  options: {
    cluster: {
      type: 'string',
      valueName: 'X',
      description: 'The cluster’s id, its name (any case), or the start of its name that only one cluster has.',
      descriptionId: 'Id sentra, namanya (huruf besar/kecil sama saja), atau awal nama yang hanya dimiliki satu sentra.',
    },
    json: jsonOption,
  },
  required: ['cluster'],
  notes: ['Example: npm run cli -- cluster demo.sentra --cluster "sentra genteng"'],
  run: async ({ positionals, values }, ctx) => {
    const [file] = positionals as [string];
    const query = values.cluster as string;
    const cluster = await withWorkspace(ctx, file, async () => {
      let found;
      try {
        found = resolveCluster(await ctx.call('clusters.list', {}), query);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        ctx.err(`Error: ${errorMessage(e.code, e.params)}`);
        ctx.err(`Run "npm run cli -- clusters ${file}" to see every cluster's id and name.`);
        return null;
      }
      return ctx.call('clusters.get', { id: found.id });
    });
    if (!cluster) return 1;
    if (values.json === true) ctx.out(JSON.stringify(cluster, null, 2));
    else for (const line of describeCluster(cluster)) ctx.out(line);
    return 0;
  },
};
