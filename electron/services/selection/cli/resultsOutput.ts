import { wordParams } from '../../../../shared/i18n/wordParams';
import { type Table31Cell, table31Rows } from '../../../../shared/domain/selection/io/table31';
import type { SelectionInput, SelectionProblem, SelectionResults } from '../../../../shared/domain/selection/results/types';
import { table } from '../../../cli/format';
import type { CliContext } from '../../../cli/types';

type OkResults = Extract<SelectionResults, { ok: true }>;

/** Rounds away float noise (0.30000000000000004) in printed JSON; the app keeps exact values. */
const clean = (x: number) => Math.round(x * 1e6) / 1e6;

/** The `--json` document: one entry per cluster, group by group, by rank within the group. */
export function resultsJson(input: SelectionInput, results: OkResults): unknown {
  const dimNames = new Map(input.rubric.dimensions.map((d) => [d.id, d.name]));
  const byId = new Map(results.clusters.map((c) => [c.clusterId, c]));
  return {
    clusters: results.groups.flatMap((g) =>
      g.ranking.map((id) => {
        const c = byId.get(id)!;
        return {
          group: g.name,
          cluster: c.name,
          dimensions: Object.fromEntries(c.dimensions.map((d) => [dimNames.get(d.dimensionId) ?? d.dimensionId, clean(d.score)])),
          total: clean(c.total),
          max: c.max,
          percent: c.rated ? c.percent : null,
          rankInGroup: c.rated ? c.rankInGroup : null,
          rank: c.rated ? c.rank : null,
          selected: c.selected,
          restsOnMissing: c.restsOnMissing,
        };
      }),
    ),
  };
}

/** The Table 3.1 layout as terminal lines: numbers in the user's locale, the % with one decimal, then the notes. */
export function resultsTable(ctx: CliContext, input: SelectionInput, results: OkResults): string[] {
  const [header, ...rest] = table31Rows(input, results, ctx.t);
  const percentColumn = header!.length - 4;
  const text = (cell: Table31Cell, i: number) =>
    typeof cell === 'string'
      ? cell
      : cell.toLocaleString(ctx.locale, i === percentColumn ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 2 });
  const rows = rest.filter((r) => r.length === header!.length).map((r) => r.map(text));
  const notes = rest.filter((r) => r.length !== header!.length).map((r) => String(r[0]));
  return [...table(header!.map(String), rows), ...(notes.length > 0 ? ['', ...notes] : [])];
}

/** A problem as one line in the user's language, with its row when it has one. */
export function problemLine(ctx: CliContext, p: SelectionProblem & { row?: number | null }): string {
  const message = ctx.t(p.code, wordParams(p.params, ctx.t));
  return `  ${p.row === undefined || p.row === null ? message : ctx.t('selectionIo.cli.problemRow', { row: p.row, message })}`;
}
