import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConsensusDialog } from './ConsensusDialog';
import type { Disagreement } from './disagreementRows';
import { useScoreFormat } from './useScoreFormat';
import './scoreGrid.css';

/**
 * Discussing one cell: the scorers' scores side by side (each as a number and as a bar of the
 * criterion's range, so the gap is seen from the back of the room), the aggregate and the spread,
 * then the consensus and its required note.
 */
export function DiscussDialog({
  row,
  onSave,
  onClose,
}: {
  row: Disagreement;
  onSave: (value: number | null, note: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useScoreFormat();
  const shown = (v: number | null) => (v === null ? t('selectionScoring.grid.noScore') : fmt.plain(v));
  return (
    <ConsensusDialog target={{ cluster: row.cluster, criterion: row.criterion, max: row.max, current: row.consensus }} onSave={onSave} onClose={onClose}>
      <Table withRowBorders={false} verticalSpacing={4} data-testid="discuss-scores">
        <caption className="score-grid__sr">{t('selectionScoring.discuss.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('selectionScoring.discuss.scorer')}</Table.Th>
            <Table.Th ta="right">{t('selectionScoring.discuss.score')}</Table.Th>
            <Table.Th w="50%">
              <span className="score-grid__sr">{t('selectionScoring.discuss.bar')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {row.scores.map((s) => (
            <Table.Tr key={s.scorerId} data-testid="discuss-score">
              <Table.Td className="wrap-anywhere">{s.name}</Table.Td>
              <Table.Td ta="right" className="num">
                {shown(s.value)}
              </Table.Td>
              <Table.Td>
                <div className="discuss-bar" aria-hidden>
                  {s.value !== null && <div className="discuss-bar__fill" style={{ width: `${(100 * s.value) / row.max}%` }} />}
                </div>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" data-testid="discuss-summary">
        {t('selectionScoring.discuss.summary', { aggregate: shown(row.aggregate), spread: fmt.plain(row.spread), share: fmt.share(row.relativeSpread) })}
      </Text>
    </ConsensusDialog>
  );
}
