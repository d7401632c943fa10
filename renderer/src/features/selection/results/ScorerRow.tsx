import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScorerComparison } from '../../../../../shared/domain/selection/results/types';
import { agreementKey } from './agreementKey';
import { useResultFormat } from './resultFormat';

/** Cells listed per scorer before "and N more": the first few are what the group talks about. */
const CELLS_SHOWN = 3;

/** One scorer against the group: ρ in figures and words, the clusters they rank otherwise, the cells furthest apart. */
export function ScorerRow({ c, clusters, criteria }: { c: ScorerComparison; clusters: Map<string, string>; criteria: Map<string, string> }) {
  const { t } = useTranslation();
  const fmt = useResultFormat();
  // The agreement key is one of five literal keys chosen in agreementKey.
  const agreement = t(agreementKey(c.spearman));
  return (
    <Table.Tr data-testid="scorer-row" data-scorer={c.scorerId}>
      <Table.Td className="wrap-anywhere">
        <Text fw={600}>{c.name}</Text>
        {!c.complete && (
          <Text size="sm" className="results-note" data-testid="scorer-incomplete">
            {t('selectionResults.scorers.incomplete')}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid="scorer-rho">
        <Text fw={700}>{fmt.coefficient(c.spearman)}</Text>
        <Text size="sm">{agreement}</Text>
      </Table.Td>
      <Table.Td data-testid="scorer-shifts">
        {c.shifts.length === 0 ? (
          <Text size="sm">{t('selectionResults.scorers.noShifts')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {c.shifts.map((s) => (
              <List.Item key={s.clusterId}>
                {t('selectionResults.scorers.shift', {
                  name: clusters.get(s.clusterId) ?? s.clusterId,
                  own: fmt.count(s.ownRank),
                  group: fmt.count(s.groupRank),
                })}
              </List.Item>
            ))}
          </List>
        )}
      </Table.Td>
      <Table.Td data-testid="scorer-deviations">
        {c.deviations.length === 0 ? (
          <Text size="sm">{t('selectionResults.scorers.noDeviations')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {c.deviations.slice(0, CELLS_SHOWN).map((d) => (
              <List.Item key={`${d.clusterId}:${d.criterionId}`}>
                {t('selectionResults.scorers.deviation', {
                  cluster: clusters.get(d.clusterId) ?? d.clusterId,
                  criterion: criteria.get(d.criterionId) ?? d.criterionId,
                  own: fmt.points(d.own),
                  group: fmt.points(d.group),
                })}
              </List.Item>
            ))}
            {c.deviations.length > CELLS_SHOWN && (
              <List.Item>{t('selectionResults.scorers.moreCells', { count: c.deviations.length - CELLS_SHOWN })}</List.Item>
            )}
          </List>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
