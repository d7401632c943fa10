import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetTotals } from '../../../../../../shared/domain/plan/views';
import type { PlanFormat } from '../usePlanFormat';
import { ViewTable } from '../ViewTable';

/** Programs down, the funding sources that pay anything across, each cell in Rupiah, totals on both edges. */
export function CrossTable({ totals, fmt }: { totals: BudgetTotals; fmt: PlanFormat }) {
  const { t } = useTranslation();
  const sources = totals.bySource;
  return (
    <ViewTable caption={t('planViews.budget.cross')} testId="plan-budget-cross" minWidth={`${20 + sources.length * 9}em`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('planViews.budget.program')}</Table.Th>
          {sources.map((s) => (
            <Table.Th key={s.sourceId} className="num plan-budget__source-head">
              {fmt.source(s.sourceId)}
            </Table.Th>
          ))}
          <Table.Th className="num">{t('planViews.columns.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {totals.byProgram.map((p) => (
          <Table.Tr key={p.programId}>
            <Table.Th scope="row" className="wrap-anywhere plan-budget__row-head">
              {p.number}. {p.name}
            </Table.Th>
            {sources.map((s) => {
              const amount = totals.cells[p.programId]?.[s.sourceId] ?? 0;
              return (
                <Table.Td key={s.sourceId} className="num">
                  {amount > 0 ? fmt.rupiah(amount) : '—'}
                </Table.Td>
              );
            })}
            <Table.Td className="num">{fmt.rupiah(p.amount)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr className="plan-view__total">
          <Table.Th scope="row">{t('planViews.columns.total')}</Table.Th>
          {sources.map((s) => (
            <Table.Td key={s.sourceId} className="num">
              {fmt.rupiah(s.amount)}
            </Table.Td>
          ))}
          <Table.Td className="num" data-testid="plan-budget-cross-total">
            {fmt.rupiah(totals.total)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </ViewTable>
  );
}
