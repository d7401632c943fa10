import { Group, Stack, Switch, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ganttRows } from '../../../../../../shared/domain/plan/views';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import { EmptyPlan } from '../EmptyPlan';
import { usePlanFormat } from '../usePlanFormat';
import { GanttChart } from './GanttChart';
import { GanttTable } from './GanttTable';

/**
 * The plan year by month: a bar per activity under its program's summary bar, months outside
 * the year clipped with an arrow, this month marked when it lies in the year. The drawing is for
 * the eye; the same schedule stands in a table for screen readers, and shows on request.
 */
export function GanttView({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const fmt = usePlanFormat(view.funding);
  const rows = useMemo(() => ganttRows(view), [view]);
  const [asTable, setAsTable] = useState(false);
  const year = view.header.year;
  const now = new Date();
  const today = now.getFullYear() === year ? now.getMonth() + 1 : null;
  if (rows.length === 0) return <EmptyPlan />;
  const table = <GanttTable rows={rows} fmt={fmt} year={year} />;
  return (
    <Stack gap="sm" data-testid="plan-view-gantt">
      <Group justify="space-between" align="flex-end">
        <Text fw={700}>{t('planViews.gantt.title', { year })}</Text>
        <Switch
          label={t('planViews.gantt.asTable')}
          checked={asTable}
          onChange={(e) => setAsTable(e.currentTarget.checked)}
          data-testid="plan-gantt-as-table"
        />
      </Group>
      <GanttChart rows={rows} fmt={fmt} today={today} />
      <Group gap="lg" className="plan-gantt__legend" aria-hidden>
        <span>{t('planViews.gantt.before', { year })}</span>
        <span>{t('planViews.gantt.after', { year })}</span>
        {today && <span>{t('planViews.gantt.today', { month: fmt.month(today) })}</span>}
      </Group>
      {asTable ? table : <VisuallyHidden>{table}</VisuallyHidden>}
    </Stack>
  );
}
