import { performance } from 'node:perf_hooks';
import type { Layout } from '../../../shared/domain/stakeholders/schemas';
import { computeLayout } from '../../../shared/domain/stakeholders/layouts/computeLayout';
import type { BenchFigure } from './BenchFigure';
import { syntheticStakeholderMap } from './syntheticStakeholderMap';

const RUNS = 3;

function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** Each layout's time on the 2,000-actor / 5,000-tie synthetic map, median of a few runs, in Node. */
export async function benchLayouts(): Promise<BenchFigure[]> {
  const map = syntheticStakeholderMap();
  const layouts: Layout[] = ['force', 'sectorRings', 'insideOutside', 'powerInterest'];
  const figures: BenchFigure[] = [];
  for (const layout of layouts) {
    // Let pending timers and I/O run between layouts, as the bench runner's other steps do.
    await new Promise((resolve) => setImmediate(resolve));
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const used = process.cpuUsage();
      computeLayout(layout, map.actors, map.ties);
      times.push(performance.now() - start);
      cpu.push(process.cpuUsage(used).user / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    figures.push({
      measure: `layout ${layout}, 2,000 actors / 5,000 ties, median of ${RUNS} (Node, one thread; CPU time shows a busy machine)`,
      figure: `${duration(median(times))} (CPU ${duration(median(cpu))})`,
      // No target in the issue: the layout runs in a worker on demand and its positions are stored.
      target: layout === 'force' ? '< 2 s in a worker (brief)' : '',
    });
  }
  return figures;
}
