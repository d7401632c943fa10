import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrokerGroup } from '../../../../../shared/domain/stakeholders/metrics/types';
import { brokerRoutes } from './brokerRoutes';
import { IndicatorCard, type IndicatorKey } from './IndicatorCard';
import { useFigureFormat } from './useFigureFormat';

const keyOf: Record<BrokerGroup['target'], IndicatorKey> = { bank: 'brokersBank', bds: 'brokersBds', buyer: 'brokersBuyer' };

/** How many brokers a card names: the few that matter, readable from the back of a room. */
const SHOWN = 5;

/** The actors through whom the cluster's SMEs reach banks, BDS providers or buyers, named, with the share of the shortest routes that run through each. */
export function BrokersCard({ group, pending }: { group: BrokerGroup; pending: boolean }) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  const shown = group.brokers.slice(0, SHOWN);
  return (
    <IndicatorCard k={keyOf[group.target]} pending={pending}>
      {shown.length === 0 ? (
        <Text mt="xs" fs="italic" data-testid={`capital-${keyOf[group.target]}-none`}>
          {t('stakeholderPanels.capital.noBrokers')}
        </Text>
      ) : (
        <List mt="xs" spacing={4} className="capital-card__list" data-testid={`capital-${keyOf[group.target]}-list`}>
          {shown.map((b) => (
            <List.Item key={b.actorId}>
              <Text span fw={600}>
                {b.name}
              </Text>{' '}
              <Text span>{t(`stakeholderPanels.capital.brokerRoutes.${group.target}`, brokerRoutes(b, fmt))}</Text>
            </List.Item>
          ))}
        </List>
      )}
      {group.brokers.length > SHOWN && (
        <Text size="sm" mt={4}>
          {t('stakeholderPanels.capital.moreBrokers', { more: fmt.count(group.brokers.length - SHOWN) })}
        </Text>
      )}
    </IndicatorCard>
  );
}
