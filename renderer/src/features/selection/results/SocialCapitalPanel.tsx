import { Alert, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionInput, WeightOverrides } from '../../../../../shared/domain/selection/results/types';
import { describeEffect, describeUnscored } from '../../../../../shared/domain/selection/sensitivity/describe';
import { socialCapitalEffect } from '../../../../../shared/domain/selection/sensitivity/socialCapitalEffect';
import type { TriedWeights } from './triedWeights';
import { useSentence } from './useSentence';

/**
 * The optional dimensions (social capital, which JICA learned belongs in the criteria) switched
 * on or off for the ranking being tried, and what switching each one changes, group by group, in
 * words. A dimension nobody scored says so: switched on, its results rest on missing scores.
 */
export function SocialCapitalPanel({
  input,
  overrides,
  tried,
  onChange,
  groupNames,
  clusterNames,
}: {
  input: SelectionInput;
  overrides: WeightOverrides;
  tried: TriedWeights;
  onChange: (next: TriedWeights) => void;
  groupNames: Map<string, string>;
  clusterNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const word = useSentence();
  const optional = input.rubric.dimensions.filter((d) => d.optional);
  const effect = useMemo(() => (optional.length > 0 ? socialCapitalEffect(input, overrides) : null), [input, overrides, optional.length]);
  if (!effect) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="social-capital-title" data-testid="social-capital">
      <Title order={2} size="h4" id="social-capital-title" mb="xs">
        {t('selectionResults.social.title')}
      </Title>
      {!effect.ok ? (
        <Alert color="orange">{word({ key: effect.problem.code, params: effect.problem.params })}</Alert>
      ) : (
        <Stack gap="md">
          {effect.dimensions.map((d) => {
            const unscored = describeUnscored(d);
            return (
              <Stack key={d.dimensionId} gap={6} data-testid="social-capital-dimension">
                <Switch
                  size="md"
                  label={t('selectionResults.social.switch', { name: d.name })}
                  checked={tried.enabled[d.dimensionId] ?? d.enabledNow}
                  onChange={(e) => onChange({ ...tried, enabled: { ...tried.enabled, [d.dimensionId]: e.currentTarget.checked } })}
                  data-testid={`social-capital-switch-${d.dimensionId}`}
                />
                {unscored && (
                  <Text size="sm" fw={600} data-testid="social-capital-unscored">
                    {word(unscored)}
                  </Text>
                )}
                <List spacing={4}>
                  {d.groups.map((g) => (
                    <List.Item key={g.groupId} data-testid="social-capital-effect">
                      <Text span fw={600}>
                        {t('selectionResults.social.group', { name: groupNames.get(g.groupId) ?? g.groupId })}
                      </Text>{' '}
                      {word(describeEffect(g, d.name, clusterNames))}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
