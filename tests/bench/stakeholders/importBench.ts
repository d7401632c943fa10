/**
 * Issue 7's "an import of 2,000 actors and 5,000 ties ≤ 2 s": the synthetic map written as CSV and
 * as XLSX, then `stakeholders.import.check` and `stakeholders.import.apply` through dispatch
 * (`services.call`: zod, handler, the parse worker, the plan, one undoable edit, commit), each
 * into a fresh cluster, as the import dialog makes them (apply reuses the parse of the file check
 * just read). The first file read also starts the parse worker: that run is shown apart.
 */
import { performance } from 'node:perf_hooks';
import { emptyClusterFields } from '../../../shared/domain/clusters/schemas';
import { actorTable, tieTable } from '../../../shared/domain/stakeholders/io/exportRows';
import { writeCsv, writeXlsx } from '../../../electron/services/stakeholders/io/writeTable';
import type { BenchFigure } from './BenchFigure';
import { benchServices } from './benchServices';
import { syntheticStakeholderMap } from './syntheticStakeholderMap';

const ACTORS = 2000;
const TIES = 5000;
const RUNS = 3;

/** The synthetic map as the export would write it (actors by name, codes, yes/no). */
async function files(format: 'csv' | 'xlsx', run: number) {
  const { actors, ties } = syntheticStakeholderMap(ACTORS, TIES);
  // Names of their own per run, so every run imports 2,000 actors new to the workspace.
  for (const a of actors) a.name = `${a.name} (${run})`;
  const write = (table: ReturnType<typeof actorTable>, name: string) => (format === 'csv' ? Promise.resolve(writeCsv(table)) : writeXlsx(table, name));
  const a = await write(actorTable(actors, 'id'), 'aktor');
  const t = await write(tieTable(actors, ties, 'id'), 'hubungan');
  return {
    actors: { fileName: `aktor.${format}`, base64: a.toString('base64') },
    ties: { fileName: `hubungan.${format}`, base64: t.toString('base64') },
    bytes: a.length + t.length,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Check + apply of a 2,000-actor / 5,000-tie import from CSV and from XLSX. */
export async function benchStakeholderImport(): Promise<BenchFigure[]> {
  const { base, call, dispose } = benchServices('sentra-bench-import-', 'bench-import');
  const figures: BenchFigure[] = [];
  try {
    await call('workspace.create', { dir: base, fileName: 'import-bench', programName: 'Bench' });
    let n = 0;
    for (const format of ['csv', 'xlsx'] as const) {
      const runs: { check: number; apply: number; cpu: number }[] = [];
      let bytes = 0;
      for (let i = 0; i <= RUNS; i++) {
        const f = await files(format, ++n);
        bytes = f.bytes;
        const clusterId = (await call('clusters.create', emptyClusterFields(`Sentra ${n}`))).id;
        const input = { clusterId, actors: f.actors, ties: f.ties };
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const report = await call('stakeholders.import.check', input);
        const t1 = performance.now();
        await call('stakeholders.import.apply', { ...input, acceptPartial: false });
        const t2 = performance.now();
        const cpu = process.cpuUsage(cpu0);
        if (report.problems.length > 0 || report.ties.valid !== TIES)
          throw new Error(`bench import has problems: ${JSON.stringify(report.problems.slice(0, 3))}`);
        runs.push({ check: t1 - t0, apply: t2 - t1, cpu: (cpu.user + cpu.system) / 1000 });
      }
      const [first, ...warm] = runs;
      const size = `${(bytes / 1024).toFixed(0)} KB`;
      if (format === 'csv') {
        figures.push({
          measure: `import first run (starts the parse worker), CSV ${size}: check + apply`,
          figure: seconds(first!.check + first!.apply),
          target: '',
        });
      }
      figures.push(
        {
          measure: `import ${ACTORS.toLocaleString('en')} actors / ${TIES.toLocaleString('en')} ties, ${format.toUpperCase()} ${size}: check + apply, median of ${RUNS}`,
          // CPU time (all threads) beside the wall clock: on a busy machine the clock also counts waiting.
          figure: `${seconds(median(warm.map((r) => r.check + r.apply)))} (CPU ${seconds(median(warm.map((r) => r.cpu)))})`,
          target: '≤ 2 s',
        },
        { measure: `  of which check (read + plan), ${format.toUpperCase()}`, figure: seconds(median(warm.map((r) => r.check))), target: '' },
        { measure: `  of which apply (read + plan + one edit), ${format.toUpperCase()}`, figure: seconds(median(warm.map((r) => r.apply))), target: '' },
      );
    }
  } finally {
    await dispose();
  }
  return figures;
}
