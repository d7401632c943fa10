import { Select, Stack, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../../shared/domain/selection/schemas';
import { useAppState } from '../../../app/AppState';
import { DiamondRadar } from '../charts/DiamondRadar';
import { ResultBars } from '../charts/ResultBars';
import type { ComputedResults, GroupTable } from './resultRows';
import { useResultFormat } from './resultFormat';

/** Bars wider than this hold too few clusters to be read as one picture. */
const BARS_MAX_WIDTH = 960;

/**
 * The results drawn: one bar chart per group, and a diamond radar per cluster of the group
 * chosen (a group at a time keeps a hundred candidates from filling the screen). Sizes follow the
 * screen and grow on a projector; the drawings themselves take plain width and height.
 */
export function ResultsCharts({ results, tables, rubric }: { results: ComputedResults; tables: GroupTable[]; rubric: Rubric }) {
  const { t } = useTranslation();
  const { presentation } = useAppState();
  const { locale } = useResultFormat();
  const { ref, width } = useElementSize();
  const [groupId, setGroupId] = useState<string | null>(null);
  const shown = tables.find((g) => g.group.groupId === groupId) ?? tables[0];
  const fontSize = presentation ? 20 : 13;
  const barsWidth = Math.max(320, Math.min(width, BARS_MAX_WIDTH));
  const radar = presentation ? { width: 600, height: 480 } : { width: 440, height: 340 };
  return (
    <Stack gap="lg" ref={ref} data-testid="results-charts">
      <Title order={2} size="h4">
        {t('selectionResults.charts.barsTitle')}
      </Title>
      <Text className="results-note">{t('selectionResults.charts.barsHelp')}</Text>
      {width > 0 && (
        <div className="results-charts">
          {tables.map((g) => (
            <div key={g.group.groupId}>
              <Text fw={700} style={{ fontSize }}>
                {g.group.name}
              </Text>
              <ResultBars
                title={g.group.name}
                clusters={g.rows}
                cells={results.cells}
                rubric={rubric}
                t={t}
                locale={locale}
                width={barsWidth}
                height={presentation ? 460 : 340}
                fontSize={fontSize}
              />
            </div>
          ))}
        </div>
      )}
      <Title order={2} size="h4">
        {t('selectionResults.charts.radarTitle')}
      </Title>
      {tables.length > 1 && (
        <Select
          label={t('selectionResults.charts.radarGroup')}
          data={tables.map((g) => ({ value: g.group.groupId, label: g.group.name }))}
          value={shown?.group.groupId ?? null}
          onChange={setGroupId}
          allowDeselect={false}
          w={320}
          data-testid="results-radar-group"
        />
      )}
      {shown && width > 0 && (
        <div className="results-charts" data-testid="results-radars">
          {shown.rows.map((c) => (
            <DiamondRadar
              key={c.clusterId}
              cluster={c}
              cells={results.cells}
              rubric={rubric}
              t={t}
              locale={locale}
              width={Math.min(radar.width, width)}
              height={radar.height}
              fontSize={fontSize}
            />
          ))}
        </div>
      )}
    </Stack>
  );
}
