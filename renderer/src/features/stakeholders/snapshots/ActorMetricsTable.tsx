import { SegmentedControl, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapComparison } from '../../../../../shared/domain/stakeholders/compare/types';
import { DiffTable } from './DiffTable';
import { ROWS_SHOWN } from './MoreRows';
import { useSnapshotFormat } from './useSnapshotFormat';

type Row = MapComparison['actorMetrics'][number];
type SortBy = 'degree' | 'betweenness';

// An actor that appears or disappears changes from nothing: count its absent side as 0 to rank it.
const delta = (before: number | null, after: number | null) => Math.abs((after ?? 0) - (before ?? 0));
const degreeDelta = (r: Row) => delta(r.degreeBefore, r.degreeAfter);
const betweennessDelta = (r: Row) => delta(r.betweennessBefore, r.betweennessAfter);
// Betweenness is normalised (0–1); differences below this are rounding, not change.
const EPSILON = 1e-9;

/** Who gained or lost ties and brokerage between the two states, the biggest change first. */
export function ActorMetricsTable({ rows }: { rows: MapComparison['actorMetrics'] }) {
  const { t } = useTranslation();
  const { figure, change } = useSnapshotFormat();
  const [sortBy, setSortBy] = useState<SortBy>('degree');
  const changed = rows.filter((r) => degreeDelta(r) > EPSILON || betweennessDelta(r) > EPSILON);
  const [first, second] = sortBy === 'degree' ? [degreeDelta, betweennessDelta] : [betweennessDelta, degreeDelta];
  const sorted = [...changed].sort((a, b) => first(b) - first(a) || second(b) - second(a) || a.name.localeCompare(b.name));
  // Degree is a count; normalised betweenness needs three decimals to show a broker's rise.
  const pair = (before: number | null, after: number | null, digits: number) => {
    const same = before !== null && after !== null && Math.abs(after - before) < EPSILON;
    // An actor that came or went has no difference to show: the words say which.
    const difference =
      before === null ? t('stakeholderSnapshots.diff.came') : after === null ? t('stakeholderSnapshots.diff.went') : change(before, after, digits);
    return (
      <>
        <Table.Td ta="right" className="num">
          {figure(before, digits)} → {figure(after, digits)}
        </Table.Td>
        <Table.Td ta="right" className="num" fw={same ? 400 : 700}>
          {difference}
        </Table.Td>
      </>
    );
  };
  return (
    <DiffTable
      titleId="snapshot-diff-centrality-title"
      title={t('stakeholderSnapshots.diff.centralityTitle')}
      aside={
        sorted.length > 1 && (
          <SegmentedControl
            size="xs"
            value={sortBy}
            onChange={setSortBy}
            aria-label={t('stakeholderSnapshots.diff.sortBy')}
            data={[
              { value: 'degree', label: t('stakeholderSnapshots.diff.sortDegree') },
              { value: 'betweenness', label: t('stakeholderSnapshots.diff.sortBetweenness') },
            ]}
            data-testid="snapshot-diff-centrality-sort"
          />
        )
      }
      intro={t('stakeholderSnapshots.diff.centralityExplain')}
      columns={[
        { label: t('stakeholderSnapshots.diff.actor') },
        { label: t('stakeholderSnapshots.diff.degree'), numeric: true },
        { label: t('stakeholderSnapshots.diff.difference'), numeric: true },
        { label: t('stakeholderSnapshots.diff.betweenness'), numeric: true },
        { label: t('stakeholderSnapshots.diff.difference'), numeric: true },
      ]}
      empty={t('stakeholderSnapshots.diff.noCentralityChanges')}
      total={sorted.length}
      testId="snapshot-diff-actor-metrics"
    >
      {sorted.slice(0, ROWS_SHOWN).map((r) => (
        <Table.Tr key={r.actorId} data-testid="snapshot-diff-actor-metric">
          <Table.Th scope="row" fw={600} className="wrap-anywhere">
            {r.name}
          </Table.Th>
          {pair(r.degreeBefore, r.degreeAfter, 0)}
          {pair(r.betweennessBefore, r.betweennessAfter, 3)}
        </Table.Tr>
      ))}
    </DiffTable>
  );
}
