import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The keys of the indicators helper A's catalog names and explains (`stakeholderMetrics.indicators.<key>`). */
export type IndicatorKey =
  | 'actors'
  | 'ties'
  | 'density'
  | 'components'
  | 'largestComponent'
  | 'isolates'
  | 'degree'
  | 'degreeCentrality'
  | 'strength'
  | 'betweenness'
  | 'closeness'
  | 'bondingDensity'
  | 'smeIsolatedShare'
  | 'bridgingTies'
  | 'bridgingShare'
  | 'eiInsideOutside'
  | 'eiSector'
  | 'averageTrust'
  | 'brokers'
  | 'brokersBank'
  | 'brokersBds'
  | 'brokersBuyer';

/**
 * One figure of the panel: its name, the figure in large type, and the one plain sentence
 * that says what it means; `children` add what the figure alone cannot say (who, how many unknown).
 * While the metrics are recomputed the figure is replaced by a dash, never left stale.
 */
export function IndicatorCard({ k, value, pending, children }: { k: IndicatorKey; value?: string; pending: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const nameId = `capital-${k}-name`;
  return (
    <Paper withBorder p="md" radius="md" className="capital-card" role="group" aria-labelledby={nameId} data-testid={`capital-${k}`}>
      <Text fw={700} id={nameId} className="capital-card__name">
        {t(`stakeholderMetrics.indicators.${k}.name`)}
      </Text>
      {value !== undefined && (
        <Text className="capital-card__value" aria-busy={pending} data-testid={`capital-${k}-value`}>
          {pending ? '…' : value}
        </Text>
      )}
      <Text size="sm" className="capital-card__explain">
        {t(`stakeholderMetrics.indicators.${k}.explain`)}
      </Text>
      {!pending && children}
    </Paper>
  );
}
