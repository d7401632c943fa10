import { Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionTabProps } from '../SessionTabProps';
import { ExportButtons } from './ExportButtons';
import { GroupResultsTable } from './GroupResultsTable';
import { ProblemList } from './ProblemList';
import { ResultsCharts } from './ResultsCharts';
import { clusterNames, groupTables } from './resultRows';
import { SelectionRuleEditor } from './SelectionRuleEditor';
import { useSessionResults } from './useSessionResults';
import { WithheldNotice } from './WithheldNotice';

/**
 * The session's results in the layout of JICA's Table 3.1, group by group, with the selection
 * rule (editable), the exports and the charts. Hidden scores or invalid input show why, and no
 * figure at all.
 */
export function ResultsTab({ state, edit }: SessionTabProps) {
  const { t } = useTranslation();
  const { results } = useSessionResults(state);
  const tables = useMemo(() => (results.ok ? groupTables(results) : []), [results]);
  const names = useMemo(() => (results.ok ? clusterNames(results) : new Map<string, string>()), [results]);
  if (state.withheld) return <WithheldNotice />;
  const rubric = state.session.rubric;
  return (
    <Stack gap="lg" data-testid="results-tab">
      <Group justify="space-between" align="flex-end">
        <SelectionRuleEditor session={state.session} edit={edit} />
        {results.ok && <ExportButtons sessionId={state.session.id} />}
      </Group>
      {rubric.note && (
        <Text size="sm" className="results-note" maw="60rem" data-testid="results-rubric-note">
          {rubric.note}
        </Text>
      )}
      {!results.ok ? (
        <ProblemList problems={results.problems} />
      ) : (
        <>
          {tables.map((table) => (
            <GroupResultsTable key={table.group.groupId} table={table} rubric={rubric} names={names} />
          ))}
          <ResultsCharts results={results} tables={tables} rubric={rubric} />
        </>
      )}
      {results.ok && results.clusters.length === 0 && <Text>{t('selectionResults.empty')}</Text>}
    </Stack>
  );
}
