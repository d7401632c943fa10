import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../../shared/domain/selection/schemas';
import type { GroupTable } from './resultRows';
import { useResultFormat } from './resultFormat';
import { SelectedMark } from './SelectedMark';
import './results.css';

/**
 * One group in the layout of JICA's Table 3.1: each enabled dimension as "score / max", the
 * total, the percentage to one decimal, the rank in the group and overall, and the selection
 * (a mark and a word). A shared rank names who shares it; a result resting on missing scores says
 * how many cells are missing, on its own row.
 */
export function GroupResultsTable({ table, rubric, names }: { table: GroupTable; rubric: Rubric; names: Map<string, string> }) {
  const { t } = useTranslation();
  const fmt = useResultFormat();
  const dimensions = rubric.dimensions.filter((d) => d.enabled);
  const { group, rows } = table;
  const headingId = `results-group-${group.groupId}`;
  return (
    <section aria-labelledby={headingId} data-testid="results-group" className="results-group">
      <Title order={2} size="h4" id={headingId} mb="xs">
        {group.name}
      </Title>
      <Table striped withTableBorder className="results-table" aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('selectionResults.table.cluster')}</Table.Th>
            {dimensions.map((d) => (
              <Table.Th key={d.id} className="num">
                {d.name}
              </Table.Th>
            ))}
            <Table.Th className="num">{t('selectionResults.table.total')}</Table.Th>
            <Table.Th className="num">{t('selectionResults.table.percent')}</Table.Th>
            <Table.Th className="num">{t('selectionResults.table.rankInGroup')}</Table.Th>
            <Table.Th className="num">{t('selectionResults.table.rank')}</Table.Th>
            <Table.Th>{t('selectionResults.table.selectedHeader')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.clusterId} data-testid="results-row" data-cluster={c.clusterId} data-selected={c.selected ? 'yes' : 'no'}>
              <Table.Td className="wrap-anywhere">
                <Text fw={c.selected ? 700 : undefined} data-testid="results-name">
                  {c.name}
                </Text>
                {!c.rated && (
                  <Text size="sm" className="results-note" data-testid="results-unrated">
                    {t('selectionResults.table.unrated')}
                  </Text>
                )}
                {c.restsOnMissing && (
                  <Text size="sm" className="results-note" data-testid="results-missing">
                    {t('selectionResults.table.restsOnMissing', { cells: fmt.count(c.unscoredCells), scores: fmt.count(c.missingScores) })}
                  </Text>
                )}
              </Table.Td>
              {c.dimensions.map((d) => (
                <Table.Td key={d.dimensionId} className="num" data-testid={`results-dim-${d.dimensionId}`}>
                  {t('selectionResults.table.scoreOfMax', { score: fmt.points(d.score), max: fmt.points(d.max) })}
                </Table.Td>
              ))}
              <Table.Td className="num">{t('selectionResults.table.scoreOfMax', { score: fmt.points(c.total), max: fmt.points(c.max) })}</Table.Td>
              <Table.Td className="num results-percent" data-testid="results-percent">
                {fmt.percent(c.rated ? c.percent : null)}
              </Table.Td>
              <Table.Td className="num" data-testid="results-rank-in-group">
                {fmt.count(c.rankInGroup)}
                {c.tiedInGroup.length > 0 && (
                  <Text size="sm" className="results-note" data-testid="results-tie">
                    {t('selectionResults.table.tie', { names: c.tiedInGroup.map((id) => names.get(id) ?? id).join(', ') })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="num" data-testid="results-rank">
                {fmt.count(c.rank)}
              </Table.Td>
              <Table.Td data-testid="results-selected">
                <SelectedMark selected={c.selected} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {group.tieAtCut && (
        <Text size="sm" mt={4} data-testid="results-tie-at-cut">
          {t('selectionResults.table.tieAtCut')}
        </Text>
      )}
    </section>
  );
}
