import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { CellResult, ClusterResult } from '../../../../../shared/domain/selection/results/types';
import type { Rubric } from '../../../../../shared/domain/selection/schemas';
import { resultFormat } from '../results/resultFormat';
import { barRows, dimensionColour } from './chartData';
import { CHART_INK, ChartTick, type TickPosition } from './ChartTick';
import type { ChartT } from './DiamondRadar';
import { wrapWords } from './wrapWords';

export interface ResultBarsProps {
  /** The group's name, said in the text alternative. */
  title: string;
  /** The group's clusters in rank order. */
  clusters: ClusterResult[];
  cells: CellResult[];
  rubric: Rubric;
  t: ChartT;
  locale: string;
  width: number;
  height: number;
  fontSize?: number;
}

/**
 * One group's results as bars on a 0–100 % axis, in rank order: each bar is the cluster's
 * percentage, stacked from what each enabled dimension adds, its figure on top; a selected
 * cluster is marked in words under its name (not by colour alone). Sized by its props and never
 * animated, for print, PDF and screenshots; the text alternative says the same figures.
 */
export function ResultBars({ title, clusters, cells, rubric, t, locale, width, height, fontSize = 13 }: ResultBarsProps) {
  const fmt = resultFormat(locale);
  const rows = barRows(clusters, cells, rubric);
  const dimensions = rubric.dimensions.filter((d) => d.enabled);
  const percentText = (p: number | null | undefined) =>
    p === null || p === undefined ? t('selectionResults.charts.notScored') : t('selectionResults.charts.percentValue', { value: fmt.percent(p) });
  const summary = t('selectionResults.charts.barsSummary', {
    group: title,
    values: rows.map((r) => `${r.name}: ${percentText(r.percent)}${r.selected ? ` (${t('selectionResults.table.selected')})` : ''}`).join('; '),
  });
  const labelChars = Math.max(8, Math.round(width / Math.max(1, rows.length) / fontSize / 0.62));
  const tickLines = (index: number) => {
    const row = rows[index];
    if (!row) return [];
    const name = wrapWords(row.name, labelChars);
    return row.selected ? [...name, `✓ ${t('selectionResults.table.selected')}`] : name;
  };
  const lastId = dimensions.at(-1)?.id;
  return (
    <figure className="selection-chart" data-testid="result-bars" style={{ margin: 0, width }}>
      <div role="img" aria-label={summary}>
        <BarChart width={width} height={height} data={rows} accessibilityLayer={false} margin={{ top: fontSize * 2, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid vertical={false} stroke="#ced4da" />
          <XAxis
            dataKey="name"
            interval={0}
            height={fontSize * 1.2 * 4 + 12}
            tick={(p: TickPosition & { index: number }) => (
              <ChartTick {...p} lines={tickLines(p.index)} fontSize={fontSize} dy={fontSize} boldLast={rows[p.index]?.selected} />
            )}
            stroke={CHART_INK}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tickFormatter={(v: number) => `${fmt.count(v)} %`}
            tick={{ fontSize, fill: CHART_INK }}
            width={fontSize * 4}
            stroke={CHART_INK}
          />
          <Legend wrapperStyle={{ fontSize }} formatter={(value: string) => <span style={{ color: CHART_INK }}>{value}</span>} />
          {dimensions.map((d, i) => (
            <Bar
              key={d.id}
              dataKey={(r: (typeof rows)[number]) => r.shares[d.id] ?? 0}
              name={d.name}
              stackId="percent"
              fill={dimensionColour(i)}
              stroke="#fff"
              isAnimationActive={false}
            >
              {d.id === lastId && (
                <LabelList
                  dataKey="percent"
                  position="top"
                  formatter={(v: unknown) => percentText(typeof v === 'number' ? v : null)}
                  style={{ fontSize, fill: CHART_INK, fontWeight: 700 }}
                />
              )}
            </Bar>
          ))}
        </BarChart>
      </div>
    </figure>
  );
}
