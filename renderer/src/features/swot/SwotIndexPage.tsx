import { Anchor, Loader, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/client';
import { useFormatters } from '../../app/formatters';
import { useWorkspaceData } from '../../app/useWorkspaceData';
import { SWOT_TABLES } from './useSwotBoard';

/** Which cluster's SWOT to open: every cluster of the workspace has one, with what it holds so far. */
export function SwotIndexPage() {
  const { t } = useTranslation();
  const { count } = useFormatters();
  const { data: rows } = useWorkspaceData(
    async () => {
      const clusters = await call('clusters.list', {});
      const boards = await Promise.all(clusters.map((c) => call('swot.board.get', { clusterId: c.id })));
      return clusters.map((c, i) => ({ id: c.id, name: c.name, items: boards[i]!.items.length, strategies: boards[i]!.strategies.length }));
    },
    [],
    { tables: ['clusters', ...SWOT_TABLES], ownWrites: true },
  );
  if (!rows) return <Loader aria-label={t('common.loading')} />;
  return (
    <div data-testid="swot-index">
      <Title order={1} size="h3" mb="sm">
        {t('swotBoard.index.title')}
      </Title>
      <Text mb="md">{t('swotBoard.index.intro')}</Text>
      {rows.length === 0 ? (
        <Text>{t('swotBoard.index.noClusters')}</Text>
      ) : (
        <Table maw="48rem" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('swotBoard.index.cluster')}</Table.Th>
              <Table.Th className="num">{t('swotBoard.index.items')}</Table.Th>
              <Table.Th className="num">{t('swotBoard.index.strategies')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid={`swot-index-${r.id}`}>
                <Table.Td>
                  <Anchor href={`#/swot/${encodeURIComponent(r.id)}`}>{r.name}</Anchor>
                </Table.Td>
                <Table.Td className="num">{count(r.items)}</Table.Td>
                <Table.Td className="num">{count(r.strategies)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
