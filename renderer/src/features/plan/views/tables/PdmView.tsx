import { Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pdmRows } from '../../../../../../shared/domain/plan/views';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import type { PlanViewActions } from '../planViewActions';
import { ProgramLink } from '../ProgramLink';
import { TextList } from '../TextList';
import { ViewTable } from '../ViewTable';
import { OperationTable } from './OperationTable';

/**
 * JICA's Project Design Matrix: overall goal, project purpose, outputs (the programs) and their
 * activities, each with indicators, means of verification and important assumptions; then the
 * plan of operation.
 */
export function PdmView({ view, actions }: { view: PlanView; actions: PlanViewActions }) {
  const { t } = useTranslation();
  const rows = useMemo(() => pdmRows(view), [view]);
  return (
    <Stack gap="lg">
      <ViewTable caption={t('planViews.pdm.caption')} testId="plan-view-pdm" minWidth="56em">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('planViews.pdm.summary')}</Table.Th>
            <Table.Th>{t('planViews.pdm.indicators')}</Table.Th>
            <Table.Th>{t('planViews.pdm.means')}</Table.Th>
            <Table.Th>{t('planViews.pdm.assumptions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={`${r.level}-${r.programId ?? ''}-${r.activityId ?? ''}`}
              className={`plan-view__pdm-${r.level}`}
              data-testid={`plan-pdm-row-${r.level}`}
            >
              <Table.Td>
                <Text size="sm" fw={700}>
                  {t(`planViews.pdm.levels.${r.level}`)} {r.number}
                </Text>
                {r.level === 'output' && r.programId ? (
                  <ProgramLink name={r.summary} onOpen={() => actions.openProgram(r.programId!)} />
                ) : r.level === 'goal' || r.level === 'purpose' ? (
                  <button type="button" className="plan-view__link plan-view__link--plain wrap-anywhere" onClick={() => actions.openHeader()}>
                    {r.summary || t('planViews.pdm.notWritten')}
                  </button>
                ) : (
                  <span className="wrap-anywhere">{r.summary}</span>
                )}
              </Table.Td>
              <Table.Td>
                <TextList items={r.indicators.map((i) => (i.target ? t('planViews.pdm.indicatorTarget', { name: i.name, target: i.target }) : i.name))} />
              </Table.Td>
              <Table.Td>
                <TextList items={r.means} />
              </Table.Td>
              <Table.Td className="wrap-anywhere">{r.assumptions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ViewTable>
      <Title order={2} size="h4">
        {t('planViews.operation.title')}
      </Title>
      <OperationTable view={view} />
    </Stack>
  );
}
