import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterListItem } from '../../../../shared/contract/clusters';
import { parseSortOrder, sortRows, type SortOrder } from '../../../../shared/domain/clusters/sortRows';
import { useAppState } from '../../app/AppState';
import { useFormatters } from '../../app/formatters';
import { useSessionState } from '../../ui/useSessionState';

export const clusterColumns = ['name', 'group', 'location', 'sector', 'enterprises', 'workers', 'productionValue'] as const;
export type ClusterColumn = (typeof clusterColumns)[number];

/** Where a cluster is, as the list shows it: village to province. */
export const placeOf = (c: ClusterListItem) => [c.village, c.district, c.regency, c.province].filter(Boolean).join(', ');

/**
 * The cluster list as the facilitator last arranged it: group filter, search and column sort,
 * kept per workspace for the session. The list shows these rows; presentation mode steps
 * through them in the same order.
 */
export function useClusterRows(data: readonly ClusterListItem[] | null) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const scope = useAppState().workspace?.workspaceId ?? '';
  const [group, setGroup] = useSessionState(`clusters.group:${scope}`, 'all');
  const [query, setQuery] = useSessionState(`clusters.query:${scope}`, '');
  const [sortText, setSortText] = useSessionState(`clusters.sort:${scope}`, '');
  const sort = useMemo(() => parseSortOrder(sortText, clusterColumns), [sortText]);

  const rows = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const shown = (data ?? []).filter(
      (c) => (group === 'all' || c.group === group) && (q === '' || `${c.name} ${c.regency} ${c.sector}`.toLocaleLowerCase().includes(q)),
    );
    if (!sort) return shown;
    const value = (c: ClusterListItem): string | number | null => {
      switch (sort.column) {
        case 'group':
          return t(`clusters.groups.${c.group}`);
        case 'location':
          return placeOf(c);
        case 'name':
        case 'sector':
        case 'enterprises':
        case 'workers':
        case 'productionValue':
          return c[sort.column];
      }
    };
    return sortRows(shown, value, sort.direction, locale);
  }, [data, group, query, sort, t, locale]);

  /** Ascending, then descending, then back to the stored order. */
  const toggleSort = (column: ClusterColumn) => {
    const next: SortOrder<ClusterColumn> | null =
      sort?.column !== column ? { column, direction: 'asc' } : sort.direction === 'asc' ? { column, direction: 'desc' } : null;
    setSortText(next ? `${next.column}:${next.direction}` : '');
  };

  return { rows, group, setGroup, query, setQuery, sort, toggleSort };
}
