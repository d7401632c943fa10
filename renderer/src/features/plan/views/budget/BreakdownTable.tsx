import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanFormat } from '../usePlanFormat';
import { ViewTable } from '../ViewTable';

/** One line of a breakdown: a name, its amount and its share of the total (0–1). */
export interface BreakdownRow {
  key: string;
  name: string;
  amount: number;
  share: number;
}

/**
 * A budget breakdown as a table with a bar per line: the bar is drawn in CSS (sized in rem, so it
 * grows on a projector, never animated), the share stands beside it in figures for every reader.
 */
export function BreakdownTable({
  caption,
  nameHeader,
  rows,
  total,
  fmt,
  testId,
}: {
  caption: string;
  nameHeader: string;
  rows: BreakdownRow[];
  total: number;
  fmt: PlanFormat;
  testId: string;
}) {
  const { t } = useTranslation();
  const widest = Math.max(0, ...rows.map((r) => r.share));
  return (
    <ViewTable caption={caption} testId={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{nameHeader}</Table.Th>
          <Table.Th className="num">{t('planViews.budget.amount')}</Table.Th>
          <Table.Th className="num">{t('planViews.budget.share')}</Table.Th>
          <Table.Th className="plan-budget__bar-head">
            <span className="sr-only">{t('planViews.budget.bar')}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key} data-testid={`${testId}-${r.key}`}>
            <Table.Td className="wrap-anywhere">{r.name}</Table.Td>
            <Table.Td className="num" data-testid={`${testId}-${r.key}-amount`}>
              {fmt.rupiah(r.amount)}
            </Table.Td>
            <Table.Td className="num">{fmt.percent(r.share)}</Table.Td>
            <Table.Td className="plan-budget__bar-cell" aria-hidden>
              <div className="plan-budget__bar" style={{ width: `${widest > 0 ? (r.share / widest) * 100 : 0}%` }} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr className="plan-view__total">
          <Table.Th scope="row">{t('planViews.columns.total')}</Table.Th>
          <Table.Td className="num">{fmt.rupiah(total)}</Table.Td>
          <Table.Td className="num">{fmt.percent(total > 0 ? 1 : 0)}</Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </ViewTable>
  );
}
