import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeChange, describeGroup, describeInterval } from '../../../../../shared/domain/selection/sensitivity/describe';
import type { GroupSensitivity } from '../../../../../shared/domain/selection/sensitivity/types';
import { useSentence } from './useSentence';

/**
 * One group's sensitivity: the sentence of the smallest single weight change that alters its
 * selection (or why none does), then the stability interval of every weight, as Visual PROMETHEE
 * shows them, with what happens beyond each end.
 */
export function GroupSensitivityView({
  group,
  name,
  names,
  rule,
}: {
  group: GroupSensitivity;
  name: string;
  names: Map<string, string>;
  rule: 'topN' | 'threshold';
}) {
  const { t } = useTranslation();
  const word = useSentence();
  const headingId = `sensitivity-group-${group.groupId}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="sensitivity-group">
      <Title order={3} size="h5" id={headingId}>
        {name}
      </Title>
      <Text size="lg" fw={600} my="xs" data-testid="sensitivity-sentence">
        {word(describeGroup(group, names, rule))}
      </Text>
      {group.intervals.length > 0 && (
        <details>
          <summary data-testid="sensitivity-intervals-toggle">{t('selectionResults.sensitivity.intervals')}</summary>
          <Table withTableBorder striped mt="xs" data-testid="sensitivity-intervals">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('selectionResults.sensitivity.weight')}</Table.Th>
                <Table.Th>{t('selectionResults.sensitivity.stable')}</Table.Th>
                <Table.Th>{t('selectionResults.sensitivity.below')}</Table.Th>
                <Table.Th>{t('selectionResults.sensitivity.above')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.intervals.map((iv) => (
                <Table.Tr key={`${iv.handle.kind}:${iv.handle.id}`} data-testid="sensitivity-interval">
                  <Table.Td>
                    {iv.handle.name}
                    <Text size="sm" className="results-note">
                      {t(iv.handle.kind === 'dimension' ? 'selectionResults.sensitivity.dimension' : 'selectionResults.sensitivity.criterion')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{word(describeInterval(iv))}</Table.Td>
                  <Table.Td>{iv.below ? word(describeChange(iv.below, names)) : t('selectionResults.sensitivity.noChange')}</Table.Td>
                  <Table.Td>{iv.above ? word(describeChange(iv.above, names)) : t('selectionResults.sensitivity.noChange')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
      )}
    </Paper>
  );
}
