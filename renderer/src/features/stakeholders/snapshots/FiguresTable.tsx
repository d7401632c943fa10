import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FigureChange } from '../../../../../shared/domain/stakeholders/compare/types';
import { DiffTable } from './DiffTable';
import { useSnapshotFormat } from './useSnapshotFormat';

/** The network and social-capital figures before and after, each named and explained in one sentence. */
export function FiguresTable({ figures }: { figures: FigureChange[] }) {
  const { t } = useTranslation();
  const { figure, change } = useSnapshotFormat();
  return (
    <DiffTable
      titleId="snapshot-diff-figures-title"
      title={t('stakeholderSnapshots.diff.figuresTitle')}
      columns={[
        { label: t('stakeholderSnapshots.diff.indicator') },
        { label: t('stakeholderSnapshots.diff.before'), numeric: true },
        { label: t('stakeholderSnapshots.diff.after'), numeric: true },
        { label: t('stakeholderSnapshots.diff.difference'), numeric: true },
      ]}
      total={figures.length}
      testId="snapshot-diff-figures"
    >
      {figures.map((f) => (
        <Table.Tr key={f.key} data-testid="snapshot-diff-figure" data-key={f.key}>
          <Table.Th scope="row">
            <Text fw={600} size="sm">
              {t(`stakeholderMetrics.indicators.${f.key}.name`)}
            </Text>
            <Text size="xs" c="gray.7">
              {t(`stakeholderMetrics.indicators.${f.key}.explain`)}
            </Text>
          </Table.Th>
          <Table.Td ta="right" className="num">
            {figure(f.before)}
          </Table.Td>
          <Table.Td ta="right" className="num">
            {figure(f.after)}
          </Table.Td>
          <Table.Td ta="right" className="num" fw={f.before === f.after ? 400 : 700}>
            {change(f.before, f.after)}
          </Table.Td>
        </Table.Tr>
      ))}
    </DiffTable>
  );
}
