import { Accordion, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../../shared/domain/selection/schemas';
import type { TriedWeights } from './triedWeights';
import { WeightSlider } from './WeightSlider';

/**
 * A slider per enabled dimension, and per criterion in a collapsed section under each dimension
 * (most discussions move whole dimensions; criteria are there when asked).
 */
export function WeightSliders({ rubric, tried, onChange }: { rubric: Rubric; tried: TriedWeights; onChange: (next: TriedWeights) => void }) {
  const { t } = useTranslation();
  const enabled = rubric.dimensions.filter((d) => (d.optional ? (tried.enabled[d.id] ?? d.enabled) : true));
  const setDimension = (id: string, f: number) => onChange({ ...tried, dimensions: { ...tried.dimensions, [id]: f } });
  const setCriterion = (id: string, f: number) => onChange({ ...tried, criteria: { ...tried.criteria, [id]: f } });
  return (
    <Stack gap="sm" data-testid="weight-sliders">
      {enabled.map((d) => (
        <WeightSlider key={d.id} id={d.id} name={d.name} weight={d.weight} factor={tried.dimensions[d.id] ?? 1} onChange={(f) => setDimension(d.id, f)} />
      ))}
      <Accordion multiple variant="contained" className="editing-chrome" data-testid="criterion-sliders">
        {enabled.map((d) => (
          <Accordion.Item key={d.id} value={d.id}>
            <Accordion.Control data-testid={`criterion-sliders-${d.id}`}>{t('selectionResults.sliders.criteriaOf', { name: d.name })}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm" className="results-note">
                  {t('selectionResults.sliders.criteriaHelp')}
                </Text>
                {d.criteria.map((c) => (
                  <WeightSlider
                    key={c.id}
                    id={c.id}
                    name={c.name}
                    weight={c.weight}
                    factor={tried.criteria[c.id] ?? 1}
                    onChange={(f) => setCriterion(c.id, f)}
                  />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
