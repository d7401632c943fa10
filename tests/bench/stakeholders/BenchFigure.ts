/** One printed figure of the stakeholder map's benchmarks; `npm run bench` prints them as a table. */
export interface BenchFigure {
  /** What was measured, with its conditions ("betweenness, 2,000 actors / 5,000 ties, median of 5"). */
  measure: string;
  /** The figure with its unit ("0.41 s", "47 fps"). */
  figure: string;
  /** The target ("≤ 0.5 s"), or "" where there is none. */
  target: string;
}
