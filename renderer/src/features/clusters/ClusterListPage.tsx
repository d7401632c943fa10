import { Button, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call } from '../../app/client';
import { useAppState } from '../../app/AppState';
import { useFormatters } from '../../app/formatters';
import { useSessionState } from '../../ui/useSessionState';
import { groupOptions } from './clusterGroupOptions';
import { NewClusterDialog } from './NewClusterDialog';
import { useWorkspaceData } from './useWorkspaceData';

/** All clusters of the program, filterable by group and name, with totals. */
export function ClusterListPage() {
  const { t } = useTranslation();
  const { count, rupiah } = useFormatters();
  const [, navigate] = useLocation();
  const { data } = useWorkspaceData(() => call('clusters.list', {}), []);
  // Kept per workspace while the facilitator opens a cluster and comes back.
  const scope = useAppState().workspace?.workspaceId ?? '';
  const [group, setGroup] = useSessionState(`clusters.group:${scope}`, 'all');
  const [query, setQuery] = useSessionState(`clusters.query:${scope}`, '');
  const [adding, setAdding] = useState(false);

  const rows = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return (data ?? []).filter(
      (c) => (group === 'all' || c.group === group) && (q === '' || `${c.name} ${c.regency} ${c.sector}`.toLocaleLowerCase().includes(q)),
    );
  }, [data, group, query]);
  const sum = (pick: (c: (typeof rows)[number]) => number | null) => (rows.some((c) => pick(c) !== null) ? rows.reduce((s, c) => s + (pick(c) ?? 0), 0) : null);

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
            <Table.Tr>
              <Table.Th>{t('clusters.name')}</Table.Th>
              <Table.Th>{t('clusters.group')}</Table.Th>
              <Table.Th>{t('clusters.location')}</Table.Th>
              <Table.Th>{t('clusters.sector')}</Table.Th>
              <Table.Th ta="right" className="num">
                {t('clusters.enterprises')}
              </Table.Th>
              <Table.Th ta="right" className="num">
                {t('clusters.workers')}
              </Table.Th>
              <Table.Th ta="right" className="num">
                {t('clusters.productionValue')}
              </Table.Th>
            </Table.Tr>
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
                <Table.Td className="wrap-anywhere">{[c.village, c.district, c.regency, c.province].filter(Boolean).join(', ')}</Table.Td>
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
              <Table.Th ta="right" className="num">
                {count(sum((c) => c.enterprises))}
              </Table.Th>
              <Table.Th ta="right" className="num">
                {count(sum((c) => c.workers))}
              </Table.Th>
              <Table.Th ta="right" className="num">
                {rupiah(sum((c) => c.productionValue))}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {adding && <NewClusterDialog onClose={() => setAdding(false)} />}
    </Stack>
  );
}
