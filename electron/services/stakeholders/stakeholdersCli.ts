import { AppError } from '../../../shared/contract/errors';
import type { ImportFile, ImportReport } from '../../../shared/contract/stakeholders';
import { resolveCluster } from '../../../shared/domain/clusters/resolveCluster';
import { computeMapMetrics } from '../../../shared/domain/stakeholders/metrics/computeMapMetrics';
import { jsonOption, workspaceFileArg } from '../../cli/commonArgs';
import { PROGRAM } from '../../cli/help';
import { readNamedFile } from '../../cli/readNamedFile';
import { type CliCommand, type CliContext, UsageError } from '../../cli/types';
import { withWorkspace } from '../../cli/withWorkspace';
import { metricsLines } from './io/metricsLines';

const clusterOption = { type: 'string', valueName: 'X', descriptionKey: 'stakeholderIo.cli.cluster', required: true } as const;

/** Reads a file the user named for an import, as the app's file picker sends it. */
function importFile(ctx: CliContext, name: string | undefined): ImportFile | null {
  if (name === undefined || name === '') return null;
  const { fileName, bytes } = readNamedFile(ctx, name);
  return { fileName, base64: bytes.toString('base64') };
}

/** The cluster a --cluster value names, as the `cluster` command finds it; one it cannot find is said with a hint. */
async function clusterOf(ctx: CliContext, query: string, file: string): Promise<{ id: string; name: string }> {
  try {
    return resolveCluster(await ctx.call('clusters.list', {}), query);
  } catch (e) {
    if (e instanceof AppError && ['notFound', 'clusterAmbiguous', 'invalidInput'].includes(e.code)) {
      ctx.reportError(e);
      ctx.err(ctx.t('cli.commands.cluster.listHint', { program: PROGRAM, file }));
      throw new ClusterNotFound();
    }
    throw e;
  }
}

/** Already reported with its hint: the command ends with exit code 1 and says nothing more. */
class ClusterNotFound extends Error {}

async function orExit1(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ClusterNotFound) return 1;
    throw e;
  }
}

function reportLines(ctx: CliContext, report: ImportReport, files: { actors: boolean; ties: boolean }): string[] {
  const n = (v: number) => v.toLocaleString(ctx.locale);
  const lines: string[] = [];
  if (files.actors) {
    const a = report.actors;
    lines.push(ctx.t('stakeholderIo.cli.import.actors', { rows: n(a.rows), valid: n(a.valid), newOnMap: n(a.newOnMap), alreadyOnMap: n(a.alreadyOnMap) }));
  }
  if (files.ties) lines.push(ctx.t('stakeholderIo.cli.import.ties', { rows: n(report.ties.rows), valid: n(report.ties.valid) }));
  if (report.problems.length > 0) {
    lines.push(ctx.t('stakeholderIo.cli.import.problems', { count: n(report.problems.length) }));
    for (const p of report.problems) {
      const message = ctx.t(p.code, p.params ?? {});
      lines.push(`  ${ctx.t(`stakeholderIo.cli.import.problemLine.${p.file}`, { row: p.row, column: p.column, message })}`);
    }
    if (report.truncated) lines.push(`  ${ctx.t('stakeholderIo.cli.import.truncated')}`);
  }
  return lines;
}

const importStakeholders: CliCommand = {
  name: 'import-stakeholders',
  summaryKey: 'stakeholderIo.cli.import.summary',
  positionals: [workspaceFileArg],
  options: {
    cluster: clusterOption,
    actors: { type: 'string', valueName: 'F.csv|F.xlsx', descriptionKey: 'stakeholderIo.cli.import.actorsOption' },
    ties: { type: 'string', valueName: 'F.csv|F.xlsx', descriptionKey: 'stakeholderIo.cli.import.tiesOption' },
    partial: { type: 'boolean', descriptionKey: 'stakeholderIo.cli.import.partialOption' },
    json: jsonOption,
  },
  noteKeys: ['stakeholderIo.cli.import.example', 'stakeholderIo.cli.import.note'],
  run: async ({ positionals, values }, ctx) => {
    if (values.actors === undefined && values.ties === undefined) throw new UsageError('stakeholderIo.cli.import.noFiles', {}, 'import-stakeholders');
    const actors = importFile(ctx, values.actors as string | undefined);
    const ties = importFile(ctx, values.ties as string | undefined);
    const partial = values.partial === true;
    const file = positionals[0]!;
    return orExit1(() =>
      withWorkspace(ctx, file, async () => {
        const cluster = await clusterOf(ctx, values.cluster as string, file);
        const input = { clusterId: cluster.id, actors, ties };
        const report = await ctx.call('stakeholders.import.check', input);
        const problems = report.problems.length;
        const refused = problems > 0 && !partial;
        const written = refused ? null : await ctx.call('stakeholders.import.apply', { ...input, acceptPartial: partial });
        if (values.json === true) ctx.out(JSON.stringify({ cluster: cluster.name, imported: written !== null, report: written ?? report }, null, 2));
        else {
          for (const line of reportLines(ctx, written ?? report, { actors: actors !== null, ties: ties !== null })) ctx.out(line);
          if (written) ctx.out(ctx.t('stakeholderIo.cli.import.done', { actors: written.actors.newOnMap, ties: written.ties.valid, cluster: cluster.name }));
        }
        if (refused) ctx.reportError(new AppError('importHasProblems', { count: report.truncated ? `${problems}+` : problems }));
        if (refused) ctx.err(ctx.t('stakeholderIo.cli.import.partialHint'));
        return refused ? 1 : 0;
      }),
    );
  },
};

const metrics: CliCommand = {
  name: 'metrics',
  summaryKey: 'stakeholderIo.cli.metrics.summary',
  positionals: [workspaceFileArg],
  options: {
    cluster: clusterOption,
    directed: { type: 'boolean', descriptionKey: 'stakeholderIo.cli.metrics.directedOption' },
    undirected: { type: 'boolean', descriptionKey: 'stakeholderIo.cli.metrics.undirectedOption' },
    json: jsonOption,
  },
  noteKeys: ['stakeholderIo.cli.metrics.example', 'stakeholderIo.cli.metrics.note'],
  run: async ({ positionals, values }, ctx) => {
    if (values.directed === true && values.undirected === true) throw new UsageError('stakeholderIo.cli.metrics.bothDirections', {}, 'metrics');
    const file = positionals[0]!;
    return orExit1(async () => {
      const { cluster, map } = await withWorkspace(ctx, file, async () => {
        const c = await clusterOf(ctx, values.cluster as string, file);
        return { cluster: c, map: await ctx.call('stakeholders.map', { clusterId: c.id }) };
      });
      const directed = values.directed === true ? true : values.undirected === true ? false : map.settings.directed;
      const result = computeMapMetrics({ actors: map.actors, ties: map.ties, directed });
      if (values.json === true) ctx.out(JSON.stringify(result, null, 2));
      else for (const line of metricsLines(ctx, cluster.name, result)) ctx.out(line);
      return 0;
    });
  },
};

/** The stakeholder map's commands: import actors and ties from CSV / XLSX, print a map's metrics. */
export const stakeholdersCli: readonly CliCommand[] = [importStakeholders, metrics];
