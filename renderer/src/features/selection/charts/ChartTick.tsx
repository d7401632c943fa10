import type { TextAnchor } from 'recharts';

/** What a chart's tick renderer receives from Recharts that this one reads. */
export interface TickPosition {
  x: number | string;
  y: number | string;
  textAnchor: TextAnchor;
}

/** Ink of every chart text: black on white passes AA at any size and prints as it looks. */
export const CHART_INK = '#000';

/**
 * A tick label of several lines (a wrapped name, then a figure or a mark), drawn as plain SVG
 * text so a printed chart or a saved screenshot holds it all. `dy` shifts the block: up for
 * labels above the radar's centre so they never overlap the grid.
 */
export function ChartTick({
  x,
  y,
  textAnchor,
  lines,
  fontSize,
  dy = 0,
  boldLast = false,
}: TickPosition & { lines: string[]; fontSize: number; dy?: number; boldLast?: boolean }) {
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={fontSize} fill={CHART_INK}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? dy : fontSize * 1.2} fontWeight={boldLast && i === lines.length - 1 ? 700 : undefined}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
