import { Group, Slider, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { factorMax } from './triedWeights';
import { useResultFormat } from './resultFormat';

const MARKS = [0, 1, 2, 3].map((value) => ({ value }));

/**
 * One weight as a factor of the rubric's: a slider from ×0 to ×3 (the arrow keys step ×0,05, Home
 * and End go to the ends), its figure said in words for screen readers.
 */
export function WeightSlider({
  id,
  name,
  weight,
  factor,
  onChange,
}: {
  id: string;
  name: string;
  weight: number;
  factor: number;
  onChange: (f: number) => void;
}) {
  const { t } = useTranslation();
  const fmt = useResultFormat();
  const labelId = `weight-${id}`;
  return (
    <Group gap="md" wrap="nowrap" align="center" data-testid="weight-slider" data-handle={id}>
      <Text id={labelId} w="14rem" className="wrap-anywhere">
        {name}
      </Text>
      <Slider
        flex={1}
        miw="10rem"
        min={0}
        max={factorMax(weight)}
        step={0.05}
        marks={MARKS.filter((m) => m.value <= factorMax(weight))}
        value={factor}
        onChange={onChange}
        label={(v) => fmt.factor(v)}
        thumbLabel={t('selectionResults.sliders.thumb', { name })}
        thumbValueText={(v) => t('selectionResults.sliders.valueText', { factor: fmt.factor(v) })}
        size="lg"
        data-testid={`weight-slider-${id}`}
      />
      <Text w="4.5rem" ta="right" fw={factor === 1 ? undefined : 700} data-testid={`weight-factor-${id}`}>
        {fmt.factor(factor)}
      </Text>
    </Group>
  );
}
