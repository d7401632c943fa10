import type { BenchFigure } from './BenchFigure';
import { benchCanvas } from './canvasFps';
import { benchStakeholderImport } from './importBench';
import { benchLayouts } from './layoutBench';
import { benchMapEdits } from './mapEditBench';
import { benchStakeholderMetrics } from './metricsBench';

/**
 * Issue 7's figures, each part on the 2,000-actor / 5,000-tie synthetic map: edits, import,
 * metrics, layouts, and the canvas in Chromium through browser mode (skipped with a reason
 * where no Chromium is found, or with `--no-canvas`).
 */
export async function benchStakeholders(options: { canvas: boolean }): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  figures.push(...(await benchMapEdits()));
  figures.push(...(await benchStakeholderImport()));
  figures.push(...(await benchStakeholderMetrics()));
  figures.push(...(await benchLayouts()));
  if (options.canvas) figures.push(...(await benchCanvas()));
  else figures.push({ measure: 'Canvas in Chromium (skipped: --no-canvas)', figure: '—', target: '' });
  return figures;
}
