import { AppError } from '../../../shared/contract/errors';
import { resolveCluster } from '../../../shared/domain/clusters/resolveCluster';
import { jsonOption, workspaceFileArg } from '../../cli/commonArgs';
import { table } from '../../cli/format';
import { PROGRAM } from '../../cli/help';
import type { CliCommand } from '../../cli/types';
import { withWorkspace } from '../../cli/withWorkspace';
import { clusterCountText } from './clusterCountText';
import { clusterProfileLines } from './clusterProfileLines';

const clusters: CliCommand = {
  name: 'clusters',
  summaryKey: 'cli.commands.clusters.summary',
  positionals: [workspaceFileArg],
  options: { json: jsonOption },
  run: async ({ positionals, values }, ctx) => {
    const list = await withWorkspace(ctx, positionals[0]!, () => ctx.call('clusters.list', {}));
    if (values.json === true) ctx.out(JSON.stringify(list, null, 2));
    else if (list.length === 0) ctx.out(ctx.t('cli.clusters.none'));
    else {
      const head = ['id', 'name', 'group', 'regency'].map((k) => ctx.t(`cli.clusters.columns.${k}`));
      const rows = list.map((c) => [c.id, c.name, ctx.t(`clusters.groups.${c.group}`), c.regency.trim() === '' ? ctx.t('cli.none') : c.regency]);
      for (const line of table(head, rows)) ctx.out(line);
      ctx.out(ctx.t('cli.clusters.listEnd', { clusters: clusterCountText(ctx, list.length) }));
    }
    return 0;
  },
};

const cluster: CliCommand = {
  name: 'cluster',
  summaryKey: 'cli.commands.cluster.summary',
  positionals: [workspaceFileArg],
  options: {
    cluster: { type: 'string', valueName: 'X', descriptionKey: 'cli.commands.cluster.cluster', required: true },
    json: jsonOption,
  },
  noteKeys: ['cli.commands.cluster.example'],
  run: async ({ positionals, values }, ctx) => {
    const file = positionals[0]!;
    const found = await withWorkspace(ctx, file, async () => {
      try {
        const { id } = resolveCluster(await ctx.call('clusters.list', {}), values.cluster as string);
        return await ctx.call('clusters.get', { id });
      } catch (e) {
        if (!(e instanceof AppError) || !['notFound', 'clusterAmbiguous', 'invalidInput'].includes(e.code)) throw e;
        ctx.reportError(e);
        ctx.err(ctx.t('cli.commands.cluster.listHint', { program: PROGRAM, file }));
        return null;
      }
    });
    if (!found) return 1;
    if (values.json === true) ctx.out(JSON.stringify(found, null, 2));
    else for (const line of clusterProfileLines(found, ctx)) ctx.out(line);
    return 0;
  },
};

/** The clusters feature's commands: list a workspace's clusters, show one. */
export const clustersCli: readonly CliCommand[] = [clusters, cluster];
