import { Button, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ClusterListItem } from '../../../../shared/contract/clusters';
import { columnTotal } from '../../../../shared/domain/clusters/figureChecks';
import { call } from '../../app/client';
import { useFormatters } from '../../app/formatters';
import { groupOptions } from './clusterGroupOptions';
import { NewClusterDialog } from './NewClusterDialog';
import { SortableTh } from './SortableTh';
import { placeOf, useClusterRows, type ClusterColumn } from './useClusterRows';
import { useWorkspaceData } from '../../app/useWorkspaceData';

const columnLabels: Record<ClusterColumn, string> = {
  name: 'clusters.name',
  group: 'clusters.group',
  location: 'clusters.location',
  sector: 'clusters.sector',
  enterprises: 'clusters.enterprises',
  workers: 'clusters.workers',
  productionValue: 'clusters.productionValue',
};
const numericColumns = ['enterprises', 'workers', 'productionValue'] as const;

/** All clusters of the program, filterable by group and name, sortable by column, with totals. */
export function ClusterListPage() {
  const { t } = useTranslation();
  const { count, rupiah } = useFormatters();
  const [, navigate] = useLocation();
  const { data } = useWorkspaceData(() => call('clusters.list', {}), [], { tables: ['clusters'], ownWrites: true });
  // Kept per workspace while the facilitator opens a cluster and comes back.
  const { rows, group, setGroup, query, setQuery, sort, toggleSort } = useClusterRows(data);
  const [adding, setAdding] = useState(false);

  const header = (column: ClusterColumn) => (
    <SortableTh
      key={column}
      direction={sort?.column === column ? sort.direction : null}
      onSort={() => toggleSort(column)}
      numeric={(numericColumns as readonly string[]).includes(column)}
      testId={`clusters.sort.${column}`}
    >
      {t(columnLabels[column])}
    </SortableTh>
  );
  // A total over clusters with figures says how many it stands on, when some have none.
  const total = (pick: (c: ClusterListItem) => number | null, show: (n: number | null) => string, column: string): ReactNode => {
    const { sum, counted, of } = columnTotal(rows.map(pick));
    return (
      <Table.Th ta="right" className="num" data-testid={`clusters.total.${column}`}>
        {show(sum)}
        {counted > 0 && counted < of && (
          <Text size="xs" fw={400} data-testid={`clusters.total.${column}.covers`}>
            {t('clusters.totalCovers', { counted, of })}
          </Text>
        )}
      </Table.Th>
    );
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('clusters.title')}</Title>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)} className="editing-chrome" data-testid="clusters.add">
          {t('clusters.add')}
        </Button>
      </Group>
      <Group>
        <SegmentedControl
          value={group}
          onChange={setGroup}
          data={[{ value: 'all', label: t('clusters.allGroups') }, ...groupOptions(t)]}
          data-testid="clusters.groupFilter"
        />
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('clusters.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          className="editing-chrome"
          aria-label={t('clusters.search')}
          miw={300}
          data-testid="clusters.search"
        />
      </Group>
      {data && data.length === 0 && <Text c="dimmed">{t('clusters.empty')}</Text>}
      {data && data.length > 0 && rows.length === 0 && (
        <Text c="dimmed" data-testid="clusters.noMatch">
          {t('clusters.noMatch')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table striped highlightOnHover withTableBorder data-testid="clusters.table">
          <Table.Thead>
            <Table.Tr>{(['name', 'group', 'location', 'sector', ...numericColumns] as const).map(header)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/clusters/${c.id}`)} data-testid="clusters.row">
                <Table.Td fw={600} className="wrap-anywhere">
                  <a href={`#/clusters/${c.id}`} style={{ color: 'inherit', textDecoration: 'none' }}>
                    {c.name}
                  </a>
                </Table.Td>
                <Table.Td>{t(`clusters.groups.${c.group}`)}</Table.Td>
                <Table.Td className="wrap-anywhere">{placeOf(c)}</Table.Td>
                <Table.Td className="wrap-anywhere">{c.sector}</Table.Td>
                <Table.Td ta="right" className="num">
                  {count(c.enterprises)}
                </Table.Td>
                <Table.Td ta="right" className="num">
                  {count(c.workers)}
                </Table.Td>
                <Table.Td ta="right" className="num">
                  {rupiah(c.productionValue)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={4}>{t('clusters.total', { n: rows.length })}</Table.Th>
              {total((c) => c.enterprises, count, 'enterprises')}
              {total((c) => c.workers, count, 'workers')}
              {total((c) => c.productionValue, rupiah, 'productionValue')}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {adding && <NewClusterDialog onClose={() => setAdding(false)} />}
    </Stack>
  );
}
