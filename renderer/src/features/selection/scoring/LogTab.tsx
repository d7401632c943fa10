import { Alert, Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITATOR } from '../../../../../shared/domain/selection/codes';
import { call } from '../../../app/client';
import { useWorkspaceData } from '../../../app/useWorkspaceData';
import type { SessionTabProps } from '../SessionTabProps';
import { SESSION_TABLES } from '../useSelectionSession';
import { useScoreFormat } from './useScoreFormat';
import './scoreGrid.css';

/** Entries shown at first and added per "show more" (a full session logs tens of thousands). */
const PAGE = 100;
const LOG_TABLES = [...SESSION_TABLES, 'selection_score_log'];

/**
 * Who entered what and when, newest first: the time in the user's locale, whose score (or the
 * consensus), who typed it (the scorer, or the facilitator for them), the cell, the previous and
 * new value and the note. Filtered by cluster and criterion. Withheld, like the scores, until the reveal.
 */
export function LogTab({ state }: SessionTabProps) {
  const { t } = useTranslation();
  const fmt = useScoreFormat();
  const [clusterId, setClusterId] = useState<string | null>(null);
  const [criterionId, setCriterionId] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const sessionId = state.session.id;
  const withheld = state.withheld;
  const load = useCallback(
    async () => (withheld ? [] : call('selection.log.list', { sessionId, ...(clusterId ? { clusterId } : {}), ...(criterionId ? { criterionId } : {}) })),
    [sessionId, clusterId, criterionId, withheld],
  );
  // The session's state changes with every edit made here, so the log follows it.
  const { data: entries } = useWorkspaceData(load, [load, state], { tables: LOG_TABLES });

  const names = useMemo(() => {
    const clusters = new Map(state.candidates.map((c) => [c.clusterId, c.clusterName]));
    const criteria = new Map(state.session.rubric.dimensions.flatMap((d) => d.criteria.map((c) => [c.id, c.name] as const)));
    const scorers = new Map(state.scorers.map((s) => [s.id, s.name]));
    return { clusters, criteria, scorers };
  }, [state]);
  const clusterOptions = useMemo(
    () => [...state.candidates].sort((a, b) => a.clusterName.localeCompare(b.clusterName)).map((c) => ({ value: c.clusterId, label: c.clusterName })),
    [state.candidates],
  );
  const criterionOptions = useMemo(
    () =>
      state.session.rubric.dimensions.map((d) => ({
        group: d.name,
        items: d.criteria.map((c) => ({ value: c.id, label: c.name })),
      })),
    [state.session.rubric],
  );

  if (withheld)
    return (
      <Alert color="blue" icon={<IconEyeOff aria-hidden />} title={t('selectionScoring.log.hiddenTitle')} data-testid="log-hidden">
        {t('selectionScoring.log.hiddenBody')}
      </Alert>
    );

  const gone = t('selectionScoring.log.removed');
  const person = (id: string) => (id === FACILITATOR ? t('selection.facilitator') : (names.scorers.get(id) ?? gone));
  const value = (v: number | null) => (v === null ? t('selectionScoring.log.empty') : fmt.plain(v));

  return (
    <Stack gap="sm" data-testid="log-tab">
      <Group align="flex-end">
        <Select
          label={t('selectionScoring.log.filterCluster')}
          placeholder={t('selectionScoring.log.all')}
          data={clusterOptions}
          value={clusterId}
          onChange={(v) => {
            setClusterId(v);
            setShown(PAGE);
          }}
          clearable
          searchable
          w="16rem"
          data-testid="log-filter-cluster"
        />
        <Select
          label={t('selectionScoring.log.filterCriterion')}
          placeholder={t('selectionScoring.log.all')}
          data={criterionOptions}
          value={criterionId}
          onChange={(v) => {
            setCriterionId(v);
            setShown(PAGE);
          }}
          clearable
          searchable
          w="20rem"
          data-testid="log-filter-criterion"
        />
      </Group>
      {!entries ? (
        <Loader aria-label={t('common.loading')} />
      ) : entries.length === 0 ? (
        <Text data-testid="log-empty">{t('selectionScoring.log.none')}</Text>
      ) : (
        <Table striped withTableBorder data-testid="log-table">
          <caption className="score-grid__sr">{t('selectionScoring.log.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('selectionScoring.log.at')}</Table.Th>
              <Table.Th>{t('selectionScoring.log.whose')}</Table.Th>
              <Table.Th>{t('selectionScoring.log.by')}</Table.Th>
              <Table.Th>{t('selectionScoring.log.cluster')}</Table.Th>
              <Table.Th>{t('selectionScoring.log.criterion')}</Table.Th>
              <Table.Th>{t('selectionScoring.log.change')}</Table.Th>
              <Table.Th>{t('selectionScoring.log.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.slice(0, shown).map((e) => (
              <Table.Tr key={e.id} data-testid="log-row">
                <Table.Td className="num">{fmt.dateTime(e.at)}</Table.Td>
                <Table.Td className="wrap-anywhere">{e.scorerId === null ? t('selectionScoring.log.consensus') : person(e.scorerId)}</Table.Td>
                <Table.Td className="wrap-anywhere">{person(e.enteredBy)}</Table.Td>
                <Table.Td className="wrap-anywhere">{names.clusters.get(e.clusterId) ?? gone}</Table.Td>
                <Table.Td className="wrap-anywhere">{names.criteria.get(e.criterionId) ?? gone}</Table.Td>
                <Table.Td className="num" data-testid="log-change">
                  {t('selectionScoring.log.fromTo', { from: value(e.previous), to: value(e.value) })}
                </Table.Td>
                <Table.Td className="wrap-anywhere">{e.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {entries && entries.length > shown && (
        <Button variant="default" onClick={() => setShown((n) => n + PAGE)} style={{ alignSelf: 'flex-start' }} data-testid="log-more">
          {t('selectionScoring.log.more', { count: Math.min(PAGE, entries.length - shown), total: entries.length })}
        </Button>
      )}
    </Stack>
  );
}
