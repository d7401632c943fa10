import { Alert, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareScorers } from '../../../../../shared/domain/selection/results/compareScorers';
import type { SessionTabProps } from '../SessionTabProps';
import { byAgreement } from './agreementKey';
import { ProblemList } from './ProblemList';
import { ScorerRow } from './ScorerRow';
import { useSessionResults } from './useSessionResults';
import { WithheldNotice } from './WithheldNotice';
import './results.css';

/**
 * The scorers side by side: each one's own ranking (their scores alone) against the group's,
 * by Spearman's ρ, the clusters they place otherwise and the cells where they are furthest from
 * the group, the most different scorer first. Nothing while hidden mode withholds the scores.
 */
export function ScorersTab({ state }: SessionTabProps) {
  const { t } = useTranslation();
  const { input, results } = useSessionResults(state);
  const comparisons = useMemo(() => (state.withheld || !results.ok ? [] : compareScorers(input).sort(byAgreement)), [input, results, state.withheld]);
  const clusters = useMemo(() => new Map(input.candidates.map((c) => [c.clusterId, c.name])), [input]);
  const criteria = useMemo(() => new Map(input.rubric.dimensions.flatMap((d) => d.criteria.map((c) => [c.id, c.name] as const))), [input]);
  if (state.withheld) return <WithheldNotice />;
  if (!results.ok) return <ProblemList problems={results.problems} />;
  if (state.session.scoringMode === 'consensus' || input.scorers.length === 0)
    return (
      <Alert color="blue" data-testid="scorers-none">
        {t(state.session.scoringMode === 'consensus' ? 'selectionResults.scorers.consensusMode' : 'selectionResults.scorers.noScorers')}
      </Alert>
    );
  return (
    <Stack gap="md" data-testid="scorers-tab">
      <Text maw="60rem">{t('selectionResults.scorers.intro')}</Text>
      <Table withTableBorder striped verticalSpacing="sm" data-testid="scorers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('selectionResults.scorers.scorer')}</Table.Th>
            <Table.Th>{t('selectionResults.scorers.rho')}</Table.Th>
            <Table.Th>{t('selectionResults.scorers.shifts')}</Table.Th>
            <Table.Th>{t('selectionResults.scorers.deviations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {comparisons.map((c) => (
            <ScorerRow key={c.scorerId} c={c} clusters={clusters} criteria={criteria} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
