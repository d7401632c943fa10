import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import type { CellResult, ClusterResult } from '../../../../../shared/domain/selection/results/types';
import type { Rubric } from '../../../../../shared/domain/selection/schemas';
import { resultFormat } from '../results/resultFormat';
import { radarAxes } from './chartData';
import { CHART_INK, ChartTick, type TickPosition } from './ChartTick';
import { wrapWords } from './wrapWords';

/** The chart's words, looked up by the caller's i18next (the app's, or the plan PDF's). */
export type ChartT = (key: string, params?: Record<string, unknown>) => string;

export interface DiamondRadarProps {
  cluster: ClusterResult;
  /** The results' cells: a dimension's share is taken over the cells that were scored. */
  cells: CellResult[];
  rubric: Rubric;
  t: ChartT;
  /** BCP 47 locale of the figures ("62,0 %" in `id-ID`). */
  locale: string;
  width: number;
  height: number;
  /** Label size in px: larger on a projector. */
  fontSize?: number;
}

const FILL = '#1864ab';
/** A spoke's name wraps at about this many characters: "Demand" / "conditions". */
const LABEL_CHARS = 13;

/**
 * One cluster on Porter's diamond plus social capital: each spoke is the share of its maximum,
 * 0–100 %, named with its figure (an unscored spoke says so and is left open, never drawn at 0).
 * Sized by its props and never animated, so print, PDF and screenshots hold the whole drawing;
 * the figure carries the same numbers as text for screen readers.
 */
export function DiamondRadar({ cluster, cells, rubric, t, locale, width, height, fontSize = 13 }: DiamondRadarProps) {
  const fmt = resultFormat(locale);
  const { axes, byDeterminant } = radarAxes(cluster, cells, rubric, t);
  const figure = (p: number | null) =>
    p === null ? t('selectionResults.charts.notScored') : t('selectionResults.charts.percentValue', { value: fmt.percent(p) });
  const summary = t('selectionResults.charts.radarSummary', {
    name: cluster.name,
    values: axes.map((a) => `${a.label}: ${figure(a.percent)}`).join('; '),
  });
  const line = fontSize * 1.2;
  // Where a spoke's label block sits: above the top spokes, below the bottom ones, centred
  // beside the side ones, so no label runs into the grid or the scale.
  const dyOf = (y: number, lines: number) => {
    if (y < height / 2 - fontSize) return -(lines - 1) * line - fontSize * 0.4;
    if (y > height / 2 + fontSize) return fontSize;
    return -((lines - 1) * line) / 2 + fontSize * 0.35;
  };
  return (
    <figure className="selection-chart" data-testid="diamond-radar" style={{ margin: 0, width }}>
      <div role="img" aria-label={summary}>
        <RadarChart width={width} height={height} data={axes} outerRadius="56%" accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <PolarGrid stroke="#868e96" />
          <PolarAngleAxis
            dataKey="label"
            tick={(p: TickPosition & { index: number }) => {
              const axis = axes[p.index];
              if (!axis) return <g />;
              const lines = [...wrapWords(axis.label, LABEL_CHARS), figure(axis.percent)];
              return <ChartTick {...p} lines={lines} fontSize={fontSize} dy={dyOf(Number(p.y), lines.length)} boldLast />;
            }}
          />
          <PolarRadiusAxis
            domain={[0, 100]}
            angle={90 - 180 / Math.max(axes.length, 1)}
            tickCount={5}
            tick={{ fontSize: fontSize * 0.85, fill: CHART_INK }}
            axisLine={false}
          />
          <Radar
            dataKey="percent"
            name={cluster.name}
            stroke={FILL}
            strokeWidth={2}
            fill={FILL}
            fillOpacity={0.25}
            isAnimationActive={false}
            dot={{ r: 3, fill: FILL }}
          />
        </RadarChart>
      </div>
      <figcaption style={{ fontSize }}>
        <strong>{cluster.name}</strong>
        {!byDeterminant && <span> — {t('selectionResults.charts.noDeterminants')}</span>}
      </figcaption>
    </figure>
  );
}
