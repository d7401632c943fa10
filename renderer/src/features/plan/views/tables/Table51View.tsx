import { Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { table51Rows } from '../../../../../../shared/domain/plan/views';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import { ActorName } from '../ActorName';
import { EmptyPlan } from '../EmptyPlan';
import type { PlanViewActions } from '../planViewActions';
import { ProgramLink } from '../ProgramLink';
import { TotalFoot } from '../TotalFoot';
import { usePlanFormat } from '../usePlanFormat';
import { ViewTable } from '../ViewTable';

/** JICA Table 5.1: each 1-year program with WHY, WHO and WHAT, its schedule and its budget. */
export function Table51View({ view, actions }: { view: PlanView; actions: PlanViewActions }) {
  const { t } = useTranslation();
  const fmt = usePlanFormat(view.funding);
  const rows = useMemo(() => table51Rows(view), [view]);
  if (rows.length === 0) return <EmptyPlan />;
  const total = rows.reduce((sum, r) => sum + r.budget, 0);
  return (
    <ViewTable caption={t('planViews.whyWhoWhat.caption', { year: view.header.year })} testId="plan-view-table51" minWidth="66em">
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">{t('planViews.columns.number')}</Table.Th>
          <Table.Th>{t('planViews.whyWhoWhat.program')}</Table.Th>
          <Table.Th>{t('planViews.whyWhoWhat.why')}</Table.Th>
          <Table.Th>{t('planViews.whyWhoWhat.who')}</Table.Th>
          <Table.Th>{t('planViews.whyWhoWhat.what')}</Table.Th>
          <Table.Th>{t('planViews.columns.schedule')}</Table.Th>
          <Table.Th className="num">{t('planViews.columns.budget')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.programId} data-testid={`plan-table51-row-${r.number}`}>
            <Table.Td className="num">{r.number}</Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <ProgramLink name={r.name} onOpen={() => actions.openProgram(r.programId)} />
                {r.objective && (
                  <Text size="sm" className="wrap-anywhere">
                    {r.objective}
                  </Text>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                {r.why && (
                  <Text size="sm" className="wrap-anywhere">
                    {r.why}
                  </Text>
                )}
                {r.whyRefs.map((ref) => (
                  <Text key={`${ref.kind}-${ref.targetId}`} size="sm" className="wrap-anywhere">
                    <strong>{ref.code}</strong> {ref.text}
                    {ref.deleted && ` (${t('planViews.common.deleted')})`}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <Text size="sm">
                  <span className="plan-view__label">{t('planViews.whyWhoWhat.lead')} </span>
                  <ActorName actor={r.lead} />
                </Text>
                {r.participants.length > 0 && (
                  <Text size="sm" className="wrap-anywhere">
                    <span className="plan-view__label">{t('planViews.whyWhoWhat.participants')} </span>
                    {r.participants.map((p) => fmt.actor(p)).join(', ')}
                  </Text>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              <ul className="plan-view__list">
                {r.activities.map((a) => (
                  <li key={a.id} className="wrap-anywhere">
                    {a.name} <span className="plan-view__months">({fmt.span(a.start, a.end)})</span>
                  </li>
                ))}
              </ul>
              {r.beneficiaries && (
                <Text size="sm" className="wrap-anywhere">
                  <span className="plan-view__label">{t('planViews.whyWhoWhat.beneficiaries')} </span>
                  {r.beneficiaries}
                </Text>
              )}
              {r.location && (
                <Text size="sm" className="wrap-anywhere">
                  <span className="plan-view__label">{t('planViews.whyWhoWhat.location')} </span>
                  {r.location}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{r.span ? fmt.span(r.span.start, r.span.end) : '—'}</Table.Td>
            <Table.Td className="num" data-testid={`plan-table51-budget-${r.number}`}>
              {fmt.rowAmount(r.budget)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <TotalFoot labelSpan={6} amount={fmt.rupiah(total)} testId="plan-table51-total" />
    </ViewTable>
  );
}
