import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { IconEyeOff, IconMessages } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeResults } from '../../../../../shared/domain/selection/results/computeResults';
import { ProblemList } from '../results/ProblemList';
import { useSessionResults } from '../results/useSessionResults';
import type { SessionTabProps } from '../SessionTabProps';
import { disagreementRows, type Disagreement } from './disagreementRows';
import { DiscussDialog } from './DiscussDialog';
import { gridModel } from './gridModel';
import { useScoreFormat } from './useScoreFormat';
import './scoreGrid.css';

/** Rows shown at first and added per "show more": enough for a meeting, light on 4,000 cells. */
const PAGE = 50;

/**
 * The cells the scorers disagree on most, largest spread (relative to the maximum) first, so the
 * group discusses them in that order; "Discuss" opens a cell with everyone's scores side by side
 * and records a consensus with its note. In hidden mode the list waits for the reveal.
 */
export function DisagreementsTab({ state, edit, focus }: SessionTabProps) {
  const { t } = useTranslation();
  const fmt = useScoreFormat();
  const model = useMemo(() => gridModel(state), [state]);
  const { input } = useSessionResults(state);
  // Without the consensus, each cell carries the scorers' own aggregate and spread.
  const scorersOnly = useMemo(() => computeResults({ ...input, consensus: [] }), [input]);
  const rows = useMemo(() => (scorersOnly.ok ? disagreementRows(state, model, scorersOnly.cells) : []), [state, model, scorersOnly]);
  const [shown, setShown] = useState(PAGE);
  // A cell another tab asked for opens its discussion at once.
  const [open, setOpen] = useState<{ clusterId: string; criterionId: string } | null>(focus);

  if (state.withheld)
    return (
      <Alert color="blue" icon={<IconEyeOff aria-hidden />} title={t('selectionScoring.disagreements.hiddenTitle')} data-testid="disagreements-hidden">
        {t('selectionScoring.disagreements.hiddenBody')}
      </Alert>
    );
  if (state.session.scoringMode === 'consensus')
    return (
      <Alert color="blue" data-testid="disagreements-consensus-mode">
        {t('selectionScoring.disagreements.consensusMode')}
      </Alert>
    );
  if (!scorersOnly.ok) return <ProblemList problems={scorersOnly.problems} />;

  const openRow = open ? rows.find((r) => r.clusterId === open.clusterId && r.criterionId === open.criterionId) : undefined;
  const scorers = [...state.scorers].sort((a, b) => a.position - b.position);
  const save = (row: Disagreement) => async (value: number | null, note: string) => {
    await edit('selection.consensus.set', { sessionId: state.session.id, clusterId: row.clusterId, criterionId: row.criterionId, value, note });
  };
  const value = (v: number | null) => (v === null ? <span className="score-grid__sr">{t('selectionScoring.grid.noScore')}</span> : fmt.plain(v));

  return (
    <Stack gap="sm" data-testid="disagreements-tab">
      <Text>{t('selectionScoring.disagreements.intro')}</Text>
      {rows.length === 0 ? (
        <Text fw={600} data-testid="disagreements-none">
          {t('selectionScoring.disagreements.none')}
        </Text>
      ) : (
        <div className="disagreements__scroll scroll-box">
          <Table striped withTableBorder className="disagreements" data-testid="disagreements-table">
            <caption className="score-grid__sr">{t('selectionScoring.disagreements.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('selectionScoring.disagreements.cluster')}</Table.Th>
                <Table.Th>{t('selectionScoring.disagreements.criterion')}</Table.Th>
                {scorers.map((s) => (
                  <Table.Th key={s.id} ta="right" className="disagreements__scorer">
                    {s.name}
                  </Table.Th>
                ))}
                <Table.Th ta="right" className="num">
                  {t(`selection.codes.aggregations.${state.session.aggregation}`)}
                </Table.Th>
                <Table.Th ta="right" className="num">
                  {t('selectionScoring.disagreements.spread')}
                </Table.Th>
                <Table.Th ta="right" className="num">
                  {t('selectionScoring.disagreements.consensus')}
                </Table.Th>
                <Table.Th>
                  <span className="score-grid__sr">{t('selectionScoring.disagreements.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, shown).map((r) => (
                <Table.Tr key={`${r.clusterId}:${r.criterionId}`} data-testid="disagreement-row" data-cell={`${r.clusterId}:${r.criterionId}`}>
                  <Table.Td className="wrap-anywhere">{r.cluster}</Table.Td>
                  <Table.Td className="wrap-anywhere">
                    {r.criterion}
                    <Text size="xs" c="dimmed">
                      {t('selectionScoring.disagreements.ofMax', { dimension: r.dimension, max: r.max })}
                    </Text>
                  </Table.Td>
                  {r.scores.map((s) => (
                    <Table.Td key={s.scorerId} ta="right" className="num">
                      {value(s.value)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" className="num">
                    {value(r.aggregate)}
                  </Table.Td>
                  <Table.Td ta="right" className="num" data-testid="disagreement-spread">
                    {t('selectionScoring.disagreements.spreadValue', { spread: fmt.plain(r.spread), share: fmt.share(r.relativeSpread) })}
                  </Table.Td>
                  <Table.Td ta="right" className="num" data-testid="disagreement-consensus">
                    {r.consensus === null ? t('selectionScoring.consensus.none') : fmt.plain(r.consensus)}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconMessages size={16} aria-hidden />}
                      onClick={() => setOpen({ clusterId: r.clusterId, criterionId: r.criterionId })}
                      aria-label={t('selectionScoring.disagreements.discussLabel', { cluster: r.cluster, criterion: r.criterion })}
                      data-testid="disagreement-discuss"
                    >
                      {t('selectionScoring.disagreements.discuss')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {rows.length > shown && (
        <Button variant="default" onClick={() => setShown((n) => n + PAGE)} data-testid="disagreements-more" style={{ alignSelf: 'flex-start' }}>
          {t('selectionScoring.disagreements.more', { count: Math.min(PAGE, rows.length - shown), total: rows.length })}
        </Button>
      )}
      {openRow && <DiscussDialog row={openRow} onSave={save(openRow)} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
