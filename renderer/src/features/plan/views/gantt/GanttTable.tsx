import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GanttRow } from '../../../../../../shared/domain/plan/views';
import type { PlanFormat } from '../usePlanFormat';
import { ViewTable } from '../ViewTable';

/** The Gantt's schedule as a table: each program and activity with its months, and whether it runs outside the year. */
export function GanttTable({ rows, fmt, year }: { rows: GanttRow[]; fmt: PlanFormat; year: number }) {
  const { t } = useTranslation();
  const note = (r: GanttRow) => {
    if (r.start && r.from === null) return t('planViews.gantt.outside', { year });
    return [r.before && t('planViews.gantt.startsBefore', { year }), r.after && t('planViews.gantt.endsAfter', { year })].filter(Boolean).join('; ');
  };
  return (
    <ViewTable caption={t('planViews.gantt.tableCaption', { year })} testId="plan-gantt-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">{t('planViews.columns.number')}</Table.Th>
          <Table.Th>{t('planViews.gantt.name')}</Table.Th>
          <Table.Th>{t('planViews.columns.schedule')}</Table.Th>
          <Table.Th>{t('planViews.gantt.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={`${r.programId}-${r.activityId ?? ''}`} className={r.level === 'program' ? 'plan-view__program-row' : undefined}>
            <Table.Td className="num">{r.number}</Table.Td>
            <Table.Td className={r.level === 'activity' ? 'plan-view__indent wrap-anywhere' : 'wrap-anywhere'}>{r.name}</Table.Td>
            <Table.Td>{fmt.span(r.start, r.end)}</Table.Td>
            <Table.Td>{note(r)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ViewTable>
  );
}
