import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cluster } from '../../../../shared/domain/clusters/schemas';
import { sizeClassDisagreements, villageTotals } from '../../../../shared/domain/clusters/figureChecks';
import { sizeClasses, totalEnterprises, type SizeClass } from '../../../../shared/domain/clusters/sizeClasses';
import { useFormatters } from '../../app/formatters';
import { Fact } from '../../ui/Fact';
import { FigureNote } from './FigureNote';

/** A cluster's profile for the room: large, read-only, no editing chrome (presentation mode). */
export function ClusterProfileView({ cluster: c }: { cluster: Cluster }) {
  const { t } = useTranslation();
  const { count, rupiah } = useFormatters();
  // One line per entry, so a projected list reads down, not along one long run of brackets.
  const lines = (items: string[]) =>
    items.length > 0
      ? items.map((line, i) => (
          <span key={i} className="profile-line">
            {line}
          </span>
        ))
      : null;
  const pair = (a: string, b: string) => (b ? `${a} — ${b}` : a);
  const { totals } = villageTotals(c.villageCounts);
  // Figures that disagree are shown both, each with a word pointing at the other.
  const disagreement = new Map(sizeClassDisagreements(c).map((d) => [d.sizeClass, d]));
  const ownTotal = totalEnterprises(c);
  const villagesTotal = totalEnterprises({
    enterprisesMicro: totals.micro,
    enterprisesSmall: totals.small,
    enterprisesMedium: totals.medium,
    enterprisesLarge: totals.large,
  });
  const differsFromVillages = (key: SizeClass) => {
    const d = disagreement.get(key);
    return d && <FigureNote testId={`cluster.profile.disagreement.${key}`}>{t('clusters.differsFromVillages', { villages: count(d.villages) })}</FigureNote>;
  };
  return (
    <Stack data-testid="cluster.profile">
      <Group>
        <Title order={1} className="wrap-anywhere">
          {c.name}
        </Title>
        <Badge size="xl" variant="outline">
          {t(`clusters.groups.${c.group}`)}
        </Badge>
      </Group>
      <Text size="xl">{[c.village, c.district, c.regency, c.province].filter(Boolean).join(', ')}</Text>
      <SimpleGrid cols={4}>
        <Fact
          label={t('clusters.enterprises')}
          note={
            disagreement.size > 0 &&
            villagesTotal !== ownTotal && (
              <FigureNote testId="cluster.profile.disagreement.total">{t('clusters.differsFromVillages', { villages: count(villagesTotal) })}</FigureNote>
            )
          }
        >
          {count(ownTotal)}
        </Fact>
        <Fact label={t('clusters.workers')}>{count(c.workers)}</Fact>
        <Fact label={t('clusters.productionValue')}>{rupiah(c.productionValue)}</Fact>
        <Fact label={t('clusters.sector')}>{c.sector}</Fact>
        <Fact label={t('clusters.micro')} note={differsFromVillages('micro')}>
          {count(c.enterprisesMicro)}
        </Fact>
        <Fact label={t('clusters.small')} note={differsFromVillages('small')}>
          {count(c.enterprisesSmall)}
        </Fact>
        <Fact label={t('clusters.medium')} note={differsFromVillages('medium')}>
          {count(c.enterprisesMedium)}
        </Fact>
        <Fact label={t('clusters.large')} note={differsFromVillages('large')}>
          {count(c.enterprisesLarge)}
        </Fact>
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Card withBorder>
          <Fact label={t('clusters.mainProducts')}>{c.mainProducts.join(', ')}</Fact>
        </Card>
        <Card withBorder>
          <Fact label={t('clusters.rawMaterials')}>{lines(c.rawMaterials.map((r) => pair(r.material, r.source)))}</Fact>
        </Card>
        <Card withBorder>
          <Fact label={t('clusters.markets')}>{lines(c.markets.map((m) => pair(m.market, m.channel)))}</Fact>
        </Card>
        <Card withBorder>
          <Fact label={t('clusters.sections.organisations')}>{lines(c.organisations.map((o) => pair(o.name, t(`clusters.orgKinds.${o.kind}`))))}</Fact>
        </Card>
      </SimpleGrid>
      {c.villageCounts.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('clusters.sections.villages')}</Title>
          {/* The column names stay in view under the app's header while a long list scrolls past. */}
          <Table withTableBorder striped stickyHeader stickyHeaderOffset="var(--app-shell-header-height, 0px)" data-testid="cluster.profile.villages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clusters.village')}</Table.Th>
                {sizeClasses.map((k) => (
                  <Table.Th key={k} ta="right">
                    {t(`clusters.${k}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.villageCounts.map((v) => (
                <Table.Tr key={v.village}>
                  <Table.Td>{v.village}</Table.Td>
                  {sizeClasses.map((k) => (
                    <Table.Td key={k} ta="right">
                      {count(v[k])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('clusters.villagesTotal')}</Table.Th>
                {sizeClasses.map((k) => (
                  <Table.Th key={k} ta="right">
                    {count(totals[k])}
                    {disagreement.has(k) && (
                      <FigureNote testId={`cluster.profile.villages.disagreement.${k}`}>
                        {t('clusters.differsFromCluster', { cluster: count(disagreement.get(k)!.cluster) })}
                      </FigureNote>
                    )}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Stack>
      )}
      {c.history && <Fact label={t('clusters.history')}>{c.history}</Fact>}
    </Stack>
  );
}
