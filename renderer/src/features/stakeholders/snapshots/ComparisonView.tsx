import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapComparison, MapState } from '../../../../../shared/domain/stakeholders/compare/types';
import { mapToSvg } from '../../../../../shared/domain/stakeholders/drawing/mapToSvg';
import { notifyError } from '../../../app/notify';
import { safeFileName } from '../../../ui/paths';
import { embeddedFontCss } from '../export/embeddedFontCss';
import { downloadText } from '../io/downloadFile';
import { ActorChangesTable } from './ActorChangesTable';
import { ActorMetricsTable } from './ActorMetricsTable';
import { DiffDrawing } from './DiffDrawing';
import { diffDrawing } from './diffDrawing';
import { FiguresTable } from './FiguresTable';
import { TieChangesTable } from './TieChangesTable';

/** One side of a comparison as the screen names it. */
export interface SideInfo {
  label: string;
  /** Its day, already written for the language. */
  dayText: string;
}

/** What changed between two states of a map: drawn, then listed in tables. */
export function ComparisonView({
  clusterName,
  before,
  after,
  comparison,
  beforeInfo,
  afterInfo,
}: {
  clusterName: string;
  before: MapState;
  after: MapState;
  comparison: MapComparison;
  beforeInfo: SideInfo;
  afterInfo: SideInfo;
}) {
  const { t } = useTranslation();
  const names = useMemo(() => new Map([...before.actors, ...after.actors].map((a) => [a.id, a.name])), [before, after]);
  const nameOf = (id: string) => names.get(id) ?? '?';
  const title = t('stakeholderSnapshots.diff.drawingTitle', { cluster: clusterName, before: beforeInfo.label, after: afterInfo.label });
  const drawing = useMemo(() => {
    const drawn = diffDrawing(after, comparison);
    return {
      actors: drawn.actors,
      ties: drawn.ties,
      marks: drawn.marks,
      layout: after.settings.layout,
      t: (key: string, params?: Record<string, string | number>) => t(key, params),
      title,
      dateText: `${beforeInfo.dayText} → ${afterInfo.dayText}`,
      filtersText: null,
    };
  }, [after, comparison, t, title, beforeInfo.dayText, afterInfo.dayText]);
  const svg = useMemo(() => mapToSvg(drawing), [drawing]);
  const fileName = `${safeFileName(`${clusterName} - ${beforeInfo.label} - ${afterInfo.label}`)}.svg`;
  // The saved file carries its fonts, so another computer draws it as this screen does.
  const save = async () => downloadText(fileName, mapToSvg({ ...drawing, fontFaceCss: await embeddedFontCss() }), 'image/svg+xml');
  const summary = t('stakeholderSnapshots.diff.summary', {
    actorsAdded: comparison.actors.added.length,
    actorsRemoved: comparison.actors.removed.length,
    tiesAdded: comparison.ties.added.length,
    tiesRemoved: comparison.ties.removed.length,
  });

  return (
    <Stack gap="lg" data-testid="snapshot-comparison">
      <DiffDrawing svg={svg} actorCount={drawing.actors.length} onSave={() => void save().catch(notifyError)} description={`${title}. ${summary}`} />
      <ActorChangesTable actors={comparison.actors} nameOf={nameOf} />
      <TieChangesTable ties={comparison.ties} nameOf={nameOf} />
      <FiguresTable figures={comparison.figures} />
      <ActorMetricsTable rows={comparison.actorMetrics} />
    </Stack>
  );
}
