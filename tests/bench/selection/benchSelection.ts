import { performance } from 'node:perf_hooks';
import { computeResults } from '../../../shared/domain/selection/results/computeResults';
import { toSelectionInput } from '../../../shared/domain/selection/results/toSelectionInput';
import type { SessionState } from '../../../shared/domain/selection/schemas';
import { sensitivity } from '../../../shared/domain/selection/sensitivity/sensitivity';
import { BENCH_SESSION, syntheticSession } from '../../support/syntheticSession';
import type { BenchFigure } from '../stakeholders/BenchFigure';

const RERANK_RUNS = 20;
const SENSITIVITY_RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall and CPU time (ms) of one run: CPU time says what the code costs when other work shares the cores. */
function timed(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const medianOf = (runs: Timing[]): Timing => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) });

/** The state after one score is typed: a new scores list, as the service returns it after `scores.set`. */
function withOneChange(state: SessionState, i: number): SessionState {
  const scores = state.scores.slice();
  const cell = scores[(i * 7919) % scores.length]!;
  scores[(i * 7919) % scores.length] = { ...cell, value: (cell.value + 1) % 11 };
  return { ...state, scores };
}

const ms = ({ wall, cpu }: Timing) => `${wall.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms)`;

/**
 * Issue 8's figures on a synthetic session of 100 candidates (5 groups of 20) × 40 criteria
 * (5 dimensions of 8) × 15 scorers = 60,000 scores: re-ranking after one change end to end
 * (toSelectionInput + computeResults on the new state, median of 20), the sensitivity search for
 * all groups as the worker first runs it (fresh input: cell table built) and on a slider move
 * (cell table cached), and the heap in use with the session and its results held.
 */
export async function benchSelection(): Promise<BenchFigure[]> {
  const base = syntheticSession();
  const size = `${base.candidates.length} candidates × ${base.session.rubric.dimensions.reduce((n, d) => n + d.criteria.length, 0)} criteria × ${base.scorers.length} scorers`;

  // One untimed run so the JIT has compiled the code.
  computeResults(toSelectionInput(withOneChange(base, 0)));
  const rerank = medianOf(Array.from({ length: RERANK_RUNS }, (_, i) => timed(() => computeResults(toSelectionInput(withOneChange(base, i + 1))))));

  const fresh = () => toSelectionInput(base);
  sensitivity(fresh());
  const cold = medianOf(
    Array.from({ length: SENSITIVITY_RUNS }, () => {
      const input = fresh();
      return timed(() => sensitivity(input));
    }),
  );
  const input = fresh();
  sensitivity(input);
  const slider = medianOf(Array.from({ length: SENSITIVITY_RUNS }, (_, i) => timed(() => sensitivity(input, { dimensions: { d1: 1 + 0.1 * (i + 1) } }))));
  const result = sensitivity(input);
  const groups = result.ok ? result.groups.length : 0;

  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  await Promise.resolve();

  return [
    {
      measure: `re-rank after one score change, end to end (toSelectionInput + computeResults), ${size}, median of ${RERANK_RUNS}`,
      figure: ms(rerank),
      target: '≤ 50 ms',
    },
    {
      measure: `sensitivity search, all ${groups} groups, fresh input (as the worker first runs it), median of ${SENSITIVITY_RUNS}`,
      figure: ms(cold),
      target: '≤ 500 ms',
    },
    {
      measure: `sensitivity search, all ${groups} groups, after a slider move (cell table cached), median of ${SENSITIVITY_RUNS}`,
      figure: ms(slider),
      target: '',
    },
    { measure: `heap used with the ${BENCH_SESSION.scorers}-scorer session and its results held`, figure: `${heap.toFixed(0)} MB`, target: '' },
  ];
}
