import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { actionMatrixRows } from '../../../../../../shared/domain/plan/views';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import { ActorName } from '../ActorName';
import { EmptyPlan } from '../EmptyPlan';
import type { PlanViewActions } from '../planViewActions';
import { ProgramLink } from '../ProgramLink';
import { TextList } from '../TextList';
import { TotalFoot } from '../TotalFoot';
import { usePlanFormat } from '../usePlanFormat';
import { ViewTable } from '../ViewTable';

/**
 * The Matriks Rencana Aksi in the layout regional planning uses, so a Dinas can lift the plan
 * into its own work plan: a program row with its whole budget, then a row per activity (kegiatan).
 */
export function ActionMatrixView({ view, actions }: { view: PlanView; actions: PlanViewActions }) {
  const { t } = useTranslation();
  const fmt = usePlanFormat(view.funding);
  const rows = useMemo(() => actionMatrixRows(view), [view]);
  if (rows.length === 0) return <EmptyPlan />;
  const total = rows.reduce((sum, r) => sum + (r.level === 'program' ? r.budget : 0), 0);
  const locationOf = new Map(rows.filter((r) => r.level === 'program').map((r) => [r.programId, r.location]));
  const list = (items: string[]) => (items.length === 1 ? <span className="wrap-anywhere">{items[0]}</span> : <TextList items={items} />);
  return (
    <ViewTable caption={t('planViews.actionMatrix.caption', { year: view.header.year })} testId="plan-view-actionMatrix" minWidth="72em">
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">{t('planViews.columns.number')}</Table.Th>
          <Table.Th>{t('planViews.actionMatrix.name')}</Table.Th>
          <Table.Th>{t('planViews.actionMatrix.indicator')}</Table.Th>
          <Table.Th>{t('planViews.actionMatrix.target')}</Table.Th>
          <Table.Th>{t('planViews.actionMatrix.location')}</Table.Th>
          <Table.Th className="num">{t('planViews.actionMatrix.budget')}</Table.Th>
          <Table.Th>{t('planViews.actionMatrix.source')}</Table.Th>
          <Table.Th className="plan-view__lead-col">{t('planViews.actionMatrix.lead')}</Table.Th>
          <Table.Th>{t('planViews.columns.schedule')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr
            key={`${r.programId}-${r.activityId ?? ''}`}
            className={r.level === 'program' ? 'plan-view__program-row' : undefined}
            data-testid={`plan-action-row-${r.number}`}
          >
            <Table.Td className="num">{r.number}</Table.Td>
            <Table.Td className={r.level === 'activity' ? 'plan-view__indent' : undefined}>
              {r.level === 'program' ? (
                <ProgramLink name={r.name} onOpen={() => actions.openProgram(r.programId)} />
              ) : (
                <span className="wrap-anywhere">{r.name}</span>
              )}
            </Table.Td>
            <Table.Td>{list(r.indicators.map((i) => i.name))}</Table.Td>
            {/* Targets line up with their indicators; a row with none says nothing rather than a column of dashes. */}
            <Table.Td>{r.indicators.some((i) => i.target) && list(r.indicators.map((i) => i.target || '—'))}</Table.Td>
            {/* An activity at its program's place says it once, on the program's row. */}
            <Table.Td className="wrap-anywhere">{r.level === 'program' || r.location !== locationOf.get(r.programId) ? r.location : ''}</Table.Td>
            <Table.Td className="num" data-testid={`plan-action-budget-${r.number}`}>
              {fmt.rowAmount(r.budget)}
            </Table.Td>
            <Table.Td>
              {r.sources.length === 1 ? (
                fmt.source(r.sources[0]!.sourceId)
              ) : (
                <ul className="plan-view__list">
                  {r.sources.map((s) => (
                    <li key={s.sourceId}>
                      {fmt.source(s.sourceId)} <span className="plan-view__amount">{fmt.rupiah(s.amount)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Table.Td>
            <Table.Td>{r.level === 'program' && <ActorName actor={r.lead} />}</Table.Td>
            <Table.Td>{fmt.span(r.start, r.end)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <TotalFoot labelSpan={5} amount={fmt.rupiah(total)} testId="plan-action-total" blankAfter={3} />
    </ViewTable>
  );
}
