import { Anchor, Loader, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/client';
import { useFormatters } from '../../app/formatters';
import { useWorkspaceData } from '../../app/useWorkspaceData';
import { PLAN_TABLES } from './usePlan';
import { displayed } from './views/displayed';

/** Which cluster's plan to open: every cluster of the workspace, with what its plan holds so far. */
export function PlanIndexPage() {
  const { t } = useTranslation();
  const { count, rupiah, dateTime } = useFormatters();
  const { data: rows } = useWorkspaceData(() => call('plan.list', {}).then(displayed), [], { tables: PLAN_TABLES, ownWrites: true });
  if (!rows) return <Loader aria-label={t('common.loading')} />;
  return (
    <div data-testid="plan-index">
      <Title order={1} size="h3" mb="sm">
        {t('planEditor.index.title')}
      </Title>
      <Text mb="md">{t('planEditor.index.intro')}</Text>
      {rows.length === 0 ? (
        <Text>{t('planEditor.index.noClusters')}</Text>
      ) : (
        <div className="scroll-box">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('planEditor.index.cluster')}</Table.Th>
                <Table.Th>{t('planEditor.index.plan')}</Table.Th>
                <Table.Th className="num">{t('planEditor.index.year')}</Table.Th>
                <Table.Th className="num">{t('planEditor.index.programs')}</Table.Th>
                <Table.Th className="num">{t('planEditor.index.total')}</Table.Th>
                <Table.Th className="num">{t('planEditor.index.versions')}</Table.Th>
                <Table.Th>{t('planEditor.index.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.clusterId} data-testid={`plan-index-${r.clusterId}`}>
                  <Table.Td className="wrap-anywhere">
                    <Anchor href={`#/plan/${encodeURIComponent(r.clusterId)}`}>{r.clusterName}</Anchor>
                  </Table.Td>
                  <Table.Td className="wrap-anywhere">{r.updatedAt ? r.title : <Text c="dimmed">{t('planEditor.index.none')}</Text>}</Table.Td>
                  <Table.Td className="num">{r.updatedAt ? r.year : '—'}</Table.Td>
                  <Table.Td className="num">{count(r.programs)}</Table.Td>
                  {/* A cluster without a plan has no budget yet, not a budget of nothing. */}
                  <Table.Td className="num">{r.updatedAt ? rupiah(r.total) : '—'}</Table.Td>
                  <Table.Td className="num">{count(r.versions)}</Table.Td>
                  <Table.Td>{r.updatedAt ? dateTime(r.updatedAt) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </div>
  );
}
