import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { operationRows } from '../../../../../../shared/domain/plan/views';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import { ActorName } from '../ActorName';
import { EmptyPlan } from '../EmptyPlan';
import { monthOfYear } from '../gantt/monthOfYear';
import { usePlanFormat } from '../usePlanFormat';
import { ViewTable } from '../ViewTable';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The PDM's plan of operation: each activity, the months of the plan year it runs (shaded; the
 * months are also said in words in their own column), who leads it and what it costs.
 */
export function OperationTable({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const fmt = usePlanFormat(view.funding);
  const rows = useMemo(() => operationRows(view), [view]);
  const year = view.header.year;
  if (rows.length === 0) return <EmptyPlan />;
  return (
    <ViewTable caption={t('planViews.operation.caption', { year })} testId="plan-view-operation" minWidth="66em">
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">{t('planViews.columns.number')}</Table.Th>
          <Table.Th>{t('planViews.operation.activity')}</Table.Th>
          <Table.Th>{t('planViews.columns.schedule')}</Table.Th>
          {MONTHS.map((m) => (
            <Table.Th key={m} className="plan-view__month-head">
              {fmt.month(m)}
            </Table.Th>
          ))}
          <Table.Th>{t('planViews.operation.lead')}</Table.Th>
          <Table.Th className="num">{t('planViews.columns.budget')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const from = monthOfYear(r.start, year, 'start');
          const to = monthOfYear(r.end, year, 'end');
          return (
            <Table.Tr key={r.activityId} data-testid={`plan-operation-row-${r.number}`}>
              <Table.Td className="num">{r.number}</Table.Td>
              <Table.Td className="wrap-anywhere">{r.name}</Table.Td>
              <Table.Td>{fmt.span(r.start, r.end)}</Table.Td>
              {MONTHS.map((m) => (
                <Table.Td key={m} className="plan-view__month" data-on={from !== null && to !== null && m >= from && m <= to ? 'on' : undefined} aria-hidden />
              ))}
              <Table.Td>
                <ActorName actor={r.lead} />
              </Table.Td>
              <Table.Td className="num">{fmt.rowAmount(r.budget)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ViewTable>
  );
}
