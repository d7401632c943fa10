import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupTable, RankChange } from './resultRows';
import { RankChangeText } from './RankChangeText';
import { useResultFormat } from './resultFormat';
import { SelectedMark } from './SelectedMark';

/**
 * One group re-ranked under the weights being tried: percentage, rank, how the rank moved from
 * the saved weights, and the selection, with a word where a cluster enters or leaves it.
 */
export function LiveRanking({ table, changes }: { table: GroupTable; changes: Map<string, RankChange> }) {
  const { t } = useTranslation();
  const fmt = useResultFormat();
  const headingId = `live-group-${table.group.groupId}`;
  return (
    <section aria-labelledby={headingId} data-testid="live-group">
      <Title order={3} size="h5" id={headingId} mb={4}>
        {table.group.name}
      </Title>
      <Table withTableBorder striped aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="num">{t('selectionResults.table.rankInGroup')}</Table.Th>
            <Table.Th>{t('selectionResults.table.cluster')}</Table.Th>
            <Table.Th className="num">{t('selectionResults.table.percent')}</Table.Th>
            <Table.Th>{t('selectionResults.live.change')}</Table.Th>
            <Table.Th>{t('selectionResults.table.selectedHeader')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((c) => {
            const change = changes.get(c.clusterId);
            const moved = change && change.wasSelected !== change.isSelected;
            return (
              <Table.Tr key={c.clusterId} data-testid="live-row" data-cluster={c.clusterId}>
                <Table.Td className="num">{fmt.count(c.rankInGroup)}</Table.Td>
                <Table.Td className="wrap-anywhere">
                  <Text fw={c.selected ? 700 : undefined}>{c.name}</Text>
                </Table.Td>
                <Table.Td className="num">{fmt.percent(c.rated ? c.percent : null)}</Table.Td>
                <Table.Td>
                  <RankChangeText change={change} />
                </Table.Td>
                <Table.Td data-testid="live-selected">
                  <SelectedMark selected={c.selected} />
                  {moved && (
                    <Text size="sm" fw={700} data-testid="live-selection-change">
                      {t(change.isSelected ? 'selectionResults.live.enters' : 'selectionResults.live.leaves')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}
