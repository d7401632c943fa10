import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cluster } from '../../../../shared/domain/clusters/schemas';
import { sizeClasses, sumVillageCounts, totalEnterprises } from '../../../../shared/domain/clusters/sizeClasses';
import { useFormatters } from '../../app/formatters';
import { Fact } from '../../ui/Fact';

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
  const villageTotals = sumVillageCounts(c.villageCounts);
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
        <Fact label={t('clusters.enterprises')}>{count(totalEnterprises(c))}</Fact>
        <Fact label={t('clusters.workers')}>{count(c.workers)}</Fact>
        <Fact label={t('clusters.productionValue')}>{rupiah(c.productionValue)}</Fact>
        <Fact label={t('clusters.sector')}>{c.sector}</Fact>
        <Fact label={t('clusters.micro')}>{count(c.enterprisesMicro)}</Fact>
        <Fact label={t('clusters.small')}>{count(c.enterprisesSmall)}</Fact>
        <Fact label={t('clusters.medium')}>{count(c.enterprisesMedium)}</Fact>
        <Fact label={t('clusters.large')}>{count(c.enterprisesLarge)}</Fact>
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
                    {count(villageTotals[k])}
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
