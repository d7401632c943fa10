import { Anchor, Loader, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import { call } from '../../../../app/client';
import { useWorkspaceData } from '../../../../app/useWorkspaceData';
import { ViewTable } from '../ViewTable';

/** The tables the stakeholders' matrix is drawn from: undo or redo there reloads it here. */
const MATRIX_TABLES = ['matrix_rows', 'matrix_cells', 'actors', 'map_placements'];

/**
 * The cluster's responsibility matrix (JICA Table 4.1) as the map page keeps it, read-only here:
 * rows down, only the actors named in it across, with a link to edit it on the map page.
 */
export function ResponsibilityView({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { data: matrix } = useWorkspaceData(() => call('stakeholders.matrix.get', { clusterId: view.clusterId }), [view.clusterId], { tables: MATRIX_TABLES });
  const columns = useMemo(() => {
    const named = new Set(matrix?.cells.map((c) => c.actorId));
    return view.context.actors.filter((a) => named.has(a.id));
  }, [matrix, view.context.actors]);
  const cells = useMemo(() => new Map(matrix?.cells.map((c) => [`${c.rowId}/${c.actorId}`, c.value])), [matrix]);
  if (!matrix) return <Loader aria-label={t('common.loading')} />;
  const mapLink = (
    <Anchor href={`#/map/${encodeURIComponent(view.clusterId)}/matrix`} className="editing-chrome" data-testid="plan-responsibility-edit">
      {t('planViews.responsibility.edit')}
    </Anchor>
  );
  if (matrix.rows.length === 0)
    return (
      <Stack gap="xs" data-testid="plan-view-responsibility">
        <Text fs="italic">{t('planViews.responsibility.empty')}</Text>
        {mapLink}
      </Stack>
    );
  return (
    <Stack gap="xs" data-testid="plan-view-responsibility">
      <Text>{t('planViews.responsibility.intro')}</Text>
      {mapLink}
      <ViewTable caption={t('planViews.responsibility.caption')} testId="plan-responsibility-table" minWidth={`${16 + columns.length * 8}em`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('planViews.responsibility.rows')}</Table.Th>
            {columns.map((a) => (
              <Table.Th key={a.id} className="plan-responsibility__actor">
                {a.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" className="wrap-anywhere">
                {r.label}
              </Table.Th>
              {columns.map((a) => {
                const value = cells.get(`${r.id}/${a.id}`);
                return (
                  <Table.Td key={a.id} className="plan-responsibility__cell" data-value={value ?? 'empty'}>
                    {value ? t(`stakeholders.codes.matrix.${value}`) : ''}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ViewTable>
    </Stack>
  );
}
