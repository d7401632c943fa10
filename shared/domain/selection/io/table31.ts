import { roundHalfUp } from '../results/roundHalfUp';
import type { ClusterResult, SelectionInput, SelectionResults } from '../results/types';

/** A cell of the Table 3.1 layout: text, or a number a spreadsheet can compute with. */
export type Table31Cell = string | number;

/** Text from the catalogs in the user's language (i18next's `t`). */
export type Table31Text = (key: string, params?: Record<string, unknown>) => string;

export const SELECTED_MARK = '✓';
export const NOT_SELECTED_MARK = '—';
/** Put after a cluster's name when its result rests on missing scores; the note row explains it. */
export const MISSING_MARK = ' *';

type OkResults = Extract<SelectionResults, { ok: true }>;

/** Points as the table prints them: means may have long fractions, two decimals say enough. */
const points = (x: number) => roundHalfUp(x, 2);

function clusterRow(c: ClusterResult, group: string): Table31Cell[] {
  return [
    group,
    c.restsOnMissing ? `${c.name}${MISSING_MARK}` : c.name,
    ...c.dimensions.map((d) => points(d.score)),
    points(c.total),
    c.rated ? c.percent : NOT_SELECTED_MARK,
    c.rated ? c.rankInGroup : NOT_SELECTED_MARK,
    c.rated ? c.rank : NOT_SELECTED_MARK,
    c.selected ? SELECTED_MARK : NOT_SELECTED_MARK,
  ];
}

/**
 * The results in the layout of JICA's Table 3.1: a header row, then one row per cluster,
 * group by group in the session's order and by rank within each group (ties by name):
 * group | cluster | each dimension's points (its maximum in the header) | total | % | rank in
 * group | rank | selected. Note rows follow when a result rests on missing scores or a cut
 * falls inside a tie. Shared by the CLI's text table and the XLSX / CSV export.
 */
export function table31Rows(input: SelectionInput, results: OkResults, t: Table31Text): Table31Cell[][] {
  const names = new Map(input.rubric.dimensions.map((d) => [d.id, d.name]));
  const shown = results.clusters[0]?.dimensions ?? input.rubric.dimensions.filter((d) => d.enabled).map((d) => ({ dimensionId: d.id, max: d.total }));
  const max = shown.reduce((s, d) => s + d.max, 0);
  const header: Table31Cell[] = [
    t('selectionIo.table.group'),
    t('selectionIo.table.cluster'),
    ...shown.map((d) => t('selectionIo.table.dimension', { name: names.get(d.dimensionId) ?? d.dimensionId, max: d.max })),
    t('selectionIo.table.total', { max }),
    t('selectionIo.table.percent'),
    t('selectionIo.table.rankInGroup'),
    t('selectionIo.table.rank'),
    t('selectionIo.table.selected'),
  ];
  const byId = new Map(results.clusters.map((c) => [c.clusterId, c]));
  const rows: Table31Cell[][] = [header];
  for (const g of results.groups) for (const id of g.ranking) rows.push(clusterRow(byId.get(id)!, g.name));
  const missing = results.clusters.filter((c) => c.restsOnMissing).map((c) => c.name);
  if (missing.length > 0) rows.push([t('selectionIo.table.missingNote', { mark: MISSING_MARK.trim(), clusters: missing.join(', ') })]);
  for (const g of results.groups) {
    if (!g.tieAtCut) continue;
    // The cluster(s) at the cut share the lowest selected rank.
    const selected = g.selected.map((id) => byId.get(id)!);
    const cut = Math.max(...selected.map((c) => c.rankInGroup));
    const tied = selected
      .filter((c) => c.rankInGroup === cut)
      .map((c) => c.name)
      .join(', ');
    rows.push([t('selectionIo.table.tieNote', { group: g.name, clusters: tied })]);
  }
  return rows;
}
