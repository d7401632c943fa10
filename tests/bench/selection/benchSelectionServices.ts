import { performance } from 'node:perf_hooks';
import { emptyClusterFields } from '../../../shared/domain/clusters/schemas';
import { computeResults } from '../../../shared/domain/selection/results/computeResults';
import { toSelectionInput } from '../../../shared/domain/selection/results/toSelectionInput';
import { syntheticSession } from '../../support/syntheticSession';
import type { BenchFigure } from '../stakeholders/BenchFigure';
import { benchServices } from '../stakeholders/benchServices';

const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * The same 100 × 40 × 15 session stored in a workspace file, measured through the services as the
 * app uses them: opening the session (all 60,000 scores), one typed cell as the grid commits it
 * (`scores.set`, which answers with the session) followed by the re-rank, and a pasted block of one
 * scorer's 4,000 cells. Each commit is one undoable step, so it also records its rows for undo.
 */
export async function benchSelectionServices(): Promise<BenchFigure[]> {
  const synthetic = syntheticSession();
  const bench = benchServices('sentra-bench-selection-', 'bench');
  try {
    const { call } = bench;
    await call('workspace.create', { dir: bench.base, fileName: 'selection', programName: 'Bench' });
    const clusterIds = new Map<string, string>();
    for (const c of synthetic.candidates)
      clusterIds.set(c.clusterId, (await call('clusters.create', { ...emptyClusterFields(c.clusterName), group: 'other' })).id);
    const { session } = synthetic;
    const fields = {
      name: session.name,
      heldOn: null,
      note: '',
      scoringMode: 'scorers' as const,
      hidden: false,
      aggregation: 'mean' as const,
      rule: 'topN' as const,
      topN: 1,
      threshold: 50,
    };
    const { id: sessionId } = await call('selection.sessions.create', { fields, rubric: session.rubric, source: null });
    for (const g of synthetic.groups) {
      const state = await call('selection.groups.add', { sessionId, name: g.name });
      const groupId = state.groups.at(-1)!.id;
      const members = synthetic.candidates.filter((c) => c.groupId === g.id).map((c) => clusterIds.get(c.clusterId)!);
      await call('selection.candidates.add', { sessionId, groupId, clusterIds: members });
    }
    const scorerIds = new Map<string, string>();
    for (const s of synthetic.scorers)
      scorerIds.set(s.id, (await call('selection.scorers.add', { sessionId, fields: { name: s.name, actorId: null } })).scorers.at(-1)!.id);
    const blocks = new Map<string, { clusterId: string; criterionId: string; value: number }[]>();
    for (const s of synthetic.scores) {
      const block = blocks.get(s.scorerId) ?? [];
      block.push({ clusterId: clusterIds.get(s.clusterId)!, criterionId: s.criterionId, value: s.value });
      blocks.set(s.scorerId, block);
    }
    const paste: number[] = [];
    for (const [scorer, cells] of blocks) {
      const scorerId = scorerIds.get(scorer)!;
      paste.push(await timed(() => call('selection.scores.set', { sessionId, scorerId, enteredBy: scorerId, cells })));
    }

    const open: number[] = [];
    for (let i = 0; i < RUNS; i++) open.push(await timed(() => call('selection.sessions.get', { id: sessionId, asScorer: null })));
    const [firstScorer, cells] = [...blocks][0]!;
    const scorerId = scorerIds.get(firstScorer)!;
    const typed: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const cell = cells[(i * 7919) % cells.length]!;
      typed.push(
        await timed(async () => {
          const state = await call('selection.scores.set', { sessionId, scorerId, enteredBy: scorerId, cells: [{ ...cell, value: (cell.value + 1 + i) % 5 }] });
          computeResults(toSelectionInput(state));
        }),
      );
    }
    const size = `${synthetic.scores.length.toLocaleString('en')} scores in a workspace file`;
    return [
      { measure: `open a session (selection.sessions.get), ${size}, median of ${RUNS}`, figure: `${median(open).toFixed(0)} ms`, target: '' },
      {
        measure: `one typed score, committed and re-ranked (scores.set answering with the session + computeResults), ${size}, median of ${RUNS}`,
        figure: `${median(typed).toFixed(0)} ms`,
        target: '',
      },
      {
        measure: `paste one scorer's ${cells.length.toLocaleString('en')} cells as one undoable step, median of ${paste.length}`,
        figure: `${median(paste).toFixed(0)} ms`,
        target: '',
      },
    ];
  } finally {
    await bench.dispose();
  }
}
