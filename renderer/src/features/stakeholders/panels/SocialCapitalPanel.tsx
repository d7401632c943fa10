import { Group, Loader, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import type { MapMetricsState } from '../metrics/useMapMetrics';
import type { MapEdit } from '../useStakeholderMap';
import { BrokersCard } from './BrokersCard';
import { IndicatorCard } from './IndicatorCard';
import { NamesList } from './NamesList';
import { TopActors } from './TopActors';
import { useFigureFormat } from './useFigureFormat';
import './capitalPanel.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`capital-section-${id}`} data-testid={`capital-section-${id}`}>
      <Title order={2} size="h3" id={`capital-section-${id}`} mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {children}
      </SimpleGrid>
    </section>
  );
}

/**
 * The map's network figures and JICA's social capital as readable cards: bonding among the
 * cluster's SMEs, bridging to outside actors, trust and the brokers to finance, services and
 * markets, each with one plain sentence of explanation. Figures being recomputed show as "…".
 */
export function SocialCapitalPanel({ map, edit, metrics: state }: { map: StakeholderMap; edit: MapEdit; metrics: MapMetricsState }) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  const [switching, setSwitching] = useState(false);
  const metrics = state.metrics;
  // A figure of the map before its last change is never shown as the current one.
  const pending = state.pending || metrics === null;
  const names = useMemo(() => new Map(map.actors.map((a) => [a.id, a.name])), [map.actors]);

  const setDirected = async (directed: boolean) => {
    setSwitching(true);
    try {
      await edit('stakeholders.settings.update', { clusterId: map.clusterId, settings: { ...map.settings, directed } });
    } catch {
      // Shown as a notification; the switch stays where the file says.
    } finally {
      setSwitching(false);
    }
  };

  const n = metrics?.network;
  const sc = metrics?.socialCapital;
  return (
    <Stack gap="xl" pt="md" className="capital-panel" data-testid="capital-panel">
      <Group justify="space-between" align="flex-start">
        <Text maw="42rem">{t('stakeholderPanels.capital.intro')}</Text>
        <Stack gap={4} align="flex-end">
          <Switch
            label={t('stakeholderPanels.capital.directed')}
            description={t('stakeholderPanels.capital.directedHelp')}
            checked={map.settings.directed}
            disabled={switching}
            onChange={(e) => void setDirected(e.currentTarget.checked)}
            size="md"
            data-testid="capital-directed"
          />
          {pending && (
            <Group gap="xs" role="status" data-testid="capital-computing">
              <Loader size="xs" aria-hidden />
              <Text>{t('stakeholderPanels.computing')}</Text>
            </Group>
          )}
        </Stack>
      </Group>
      {map.actors.length === 0 && <Text fs="italic">{t('stakeholderPanels.capital.emptyMap')}</Text>}

      <Section id="network" title={t('stakeholderPanels.capital.sections.network')}>
        <IndicatorCard k="actors" pending={pending} value={fmt.count(n?.actors)} />
        <IndicatorCard k="ties" pending={pending} value={fmt.count(n?.ties)} />
        <IndicatorCard k="density" pending={pending} value={fmt.fine(n?.density)} />
        <IndicatorCard k="components" pending={pending} value={fmt.count(n?.components)} />
        <IndicatorCard k="largestComponent" pending={pending} value={fmt.count(n?.largestComponent)} />
        <IndicatorCard k="isolates" pending={pending} value={fmt.count(n?.isolates)} />
      </Section>

      <Section id="bonding" title={t('stakeholderPanels.capital.sections.bonding')}>
        <IndicatorCard k="bondingDensity" pending={pending} value={fmt.fine(sc?.bonding.density)}>
          <Text size="sm" mt="xs">
            {sc?.bonding.density === null
              ? t('stakeholderPanels.capital.tooFewSmes', { smes: fmt.count(sc.bonding.smes) })
              : t('stakeholderPanels.capital.smesOnMap', { smes: fmt.count(sc?.bonding.smes) })}
          </Text>
        </IndicatorCard>
        <IndicatorCard k="smeIsolatedShare" pending={pending} value={fmt.share(sc?.bonding.isolatedShare)}>
          <NamesList
            ids={sc?.bonding.isolatedSmeIds ?? []}
            names={names}
            title={t('stakeholderPanels.capital.isolatedSmes')}
            none={t('stakeholderPanels.capital.noIsolatedSmes')}
            testId="capital-isolated-smes"
          />
        </IndicatorCard>
      </Section>

      <Section id="bridging" title={t('stakeholderPanels.capital.sections.bridging')}>
        <IndicatorCard k="bridgingTies" pending={pending} value={fmt.count(sc?.bridging.ties)} />
        <IndicatorCard k="bridgingShare" pending={pending} value={fmt.share(sc?.bridging.share)} />
        <IndicatorCard k="eiInsideOutside" pending={pending} value={fmt.signed(sc?.bridging.eiInsideOutside)}>
          <EiScale />
        </IndicatorCard>
        <IndicatorCard k="eiSector" pending={pending} value={fmt.signed(sc?.bridging.eiSector)}>
          <EiScale />
        </IndicatorCard>
      </Section>

      <Section id="trust" title={t('stakeholderPanels.capital.sections.trust')}>
        <IndicatorCard
          k="averageTrust"
          pending={pending}
          value={sc?.trust.average === null ? fmt.decimal(null) : t('stakeholderPanels.capital.trustOf5', { value: fmt.decimal(sc?.trust.average) })}
        >
          <Text size="sm" mt="xs" data-testid="capital-trust-unknown">
            {t('stakeholderPanels.capital.trustUnknown', {
              unknown: fmt.count(sc?.trust.unknown),
              all: fmt.count((sc?.trust.unknown ?? 0) + (sc?.trust.known ?? 0)),
              known: fmt.count(sc?.trust.known),
            })}
          </Text>
        </IndicatorCard>
      </Section>

      <section aria-labelledby="capital-section-brokers" data-testid="capital-section-brokers">
        <Title order={2} size="h3" id="capital-section-brokers" mb="xs">
          {t('stakeholderPanels.capital.sections.brokers')}
        </Title>
        <Text mb="sm" data-testid="capital-brokers">
          {t('stakeholderMetrics.indicators.brokers.explain')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {(
            sc?.brokers ?? [
              { target: 'bank', brokers: [] },
              { target: 'bds', brokers: [] },
              { target: 'buyer', brokers: [] },
            ]
          ).map((g) => (
            <BrokersCard key={g.target} group={g} pending={pending} />
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="capital-section-top" data-testid="capital-section-top">
        <Title order={2} size="h3" id="capital-section-top" mb="sm">
          {t('stakeholderPanels.capital.sections.top')}
        </Title>
        {pending ? (
          <Text>…</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TopActors actors={metrics.actors} by="betweenness" />
            <TopActors actors={metrics.actors} by="degree" />
          </SimpleGrid>
        )}
      </section>
    </Stack>
  );
}

/** What the two ends of the E-I index mean, beside each E-I figure. */
function EiScale() {
  const { t } = useTranslation();
  return (
    <Text size="sm" mt="xs" className="capital-ei-scale">
      {t('stakeholderPanels.capital.eiScale')}
    </Text>
  );
}
