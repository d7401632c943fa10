import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActorMetrics } from '../../../../../shared/domain/stakeholders/metrics/types';
import { useFigureFormat } from './useFigureFormat';

/** How many actors each top list names. */
const TOP = 8;

/**
 * The actors that stand out: by betweenness (the brokers, through whom others reach each other)
 * and by degree (the best connected), with their strength and what a weight means.
 */
export function TopActors({ actors, by }: { actors: readonly ActorMetrics[]; by: 'betweenness' | 'degree' }) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  const top = [...actors]
    .filter((a) => a[by] > 0)
    .sort((a, b) => b[by] - a[by] || b.strength - a.strength)
    .slice(0, TOP);
  const titleId = `capital-top-${by}-title`;
  return (
    <Paper withBorder p="md" radius="md" className="capital-card" data-testid={`capital-top-${by}`}>
      <Text fw={700} id={titleId} className="capital-card__name">
        {t(`stakeholderPanels.capital.top.${by}`)}
      </Text>
      <Text size="sm" className="capital-card__explain">
        {t(`stakeholderMetrics.indicators.${by}.explain`)}
      </Text>
      {top.length === 0 ? (
        <Text mt="xs" fs="italic">
          {t('stakeholderPanels.capital.top.none')}
        </Text>
      ) : (
        <Table mt="xs" aria-labelledby={titleId} className="capital-top">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stakeholders.fields.name')}</Table.Th>
              <Table.Th ta="right" className="num">
                {t(`stakeholderMetrics.indicators.${by}.name`)}
              </Table.Th>
              <Table.Th ta="right" className="num">
                {t('stakeholderMetrics.indicators.strength.name')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {top.map((a) => (
              <Table.Tr key={a.actorId}>
                <Table.Td className="wrap-anywhere" fw={600}>
                  {a.name}
                </Table.Td>
                <Table.Td ta="right" className="num">
                  {by === 'degree' ? fmt.count(a.degree) : fmt.fine(a.betweenness)}
                </Table.Td>
                <Table.Td ta="right" className="num">
                  {fmt.count(a.strength)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" mt="xs" className="capital-card__explain">
        {t('stakeholderMetrics.weightMeaning')}
      </Text>
    </Paper>
  );
}
