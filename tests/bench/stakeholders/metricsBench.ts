import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { performance } from 'node:perf_hooks';
import { computeMapMetrics } from '../../../shared/domain/stakeholders/metrics/computeMapMetrics';
import { brandes } from '../../../shared/domain/stakeholders/metrics/brandes';
import { buildNetwork } from '../../../shared/domain/stakeholders/metrics/buildNetwork';
import { componentsOf } from '../../../shared/domain/stakeholders/metrics/components';
import { computeSocialCapital } from '../../../shared/domain/stakeholders/metrics/socialCapital';
import type { MetricsActor, MetricsTie } from '../../../shared/domain/stakeholders/metrics/types';
import { syntheticMap } from '../../support/syntheticMap';
import type { BenchFigure } from './BenchFigure';

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall and CPU time (ms) of one run: CPU time says what the code costs when other work shares the cores. */
function time(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Medians of RUNS timed runs after one untimed run (so the JIT has compiled the code). */
function medianOf(run: () => void): Timing {
  run();
  const runs = Array.from({ length: RUNS }, () => time(run));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

const seconds = ({ wall, cpu }: Timing) => `${(wall / 1000).toFixed(2)} s (CPU ${(cpu / 1000).toFixed(2)} s)`;
const millis = ({ wall, cpu }: Timing) => `${wall.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms)`;

/**
 * The metrics' figures on the synthetic 2,000-actor / 5,000-tie map, read as undirected (the
 * default): the typed-array betweenness against graphology's (run once: it takes seconds), the rest
 * of the social-capital panel, and the whole computeMapMetrics as the worker runs it.
 */
export async function benchStakeholderMetrics(): Promise<BenchFigure[]> {
  const synthetic = syntheticMap(2000, 5000);
  const actors: MetricsActor[] = synthetic.actors.map((a, i) => ({
    id: `a${i}`,
    name: a.name,
    kind: a.kind,
    sector: a.sector,
    insideCluster: a.insideCluster,
  }));
  const ties: MetricsTie[] = synthetic.ties.map((t, i) => ({ ...t, id: `t${i}`, from: `a${t.from}`, to: `a${t.to}` }));
  const size = `${actors.length.toLocaleString('en')} actors / ${ties.length.toLocaleString('en')} ties`;

  const net = buildNetwork(actors, ties, false);
  const ours = medianOf(() => brandes(net.paths));

  const reference = new Graph({ type: 'undirected' });
  for (const a of actors) reference.addNode(a.id);
  for (const t of ties) reference.mergeEdge(t.from, t.to);
  const theirs = time(() => betweennessCentrality(reference, { getEdgeWeight: null }));

  // Everything of the panel but the betweenness: the typed-array model with degree and strength,
  // components, and the social capital with its brokers.
  const rest = medianOf(() => {
    componentsOf(buildNetwork(actors, ties, false).pairs);
    computeSocialCapital(actors, ties);
  });
  const whole = medianOf(() => computeMapMetrics({ actors, ties, directed: false }));
  await Promise.resolve();

  return [
    { measure: `betweenness + closeness, typed-array Brandes, ${size}, median of ${RUNS}`, figure: seconds(ours), target: '≤ 0.5 s' },
    { measure: `betweenness, graphology-metrics (unweighted), ${size}, once`, figure: seconds(theirs), target: '' },
    {
      measure: `rest of the social-capital panel (graph, components, bonding, bridging, trust, brokers), median of ${RUNS}`,
      figure: millis(rest),
      target: '≤ 50 ms',
    },
    { measure: `computeMapMetrics whole (in the worker, off the UI thread), median of ${RUNS}`, figure: seconds(whole), target: '' },
  ];
}
