import { invoke, type Services } from '../../../electron/services/createServices';
import type { MediumStrategyInput, PlanHeaderFields, ProgramInput } from '../../../shared/domain/plan/schemas';
import type { PlanView } from '../../../shared/domain/plan/types';
import { emptyProgram } from '../../../shared/domain/plan/defaults';
import { sampleCluster } from '../helpers';
import { actorFields, tieFields } from '../stakeholders/mapFixtures';
import { itemFields } from '../swot/swotFixtures';

/** A new workspace with one cluster; returns the cluster's id. */
export async function workspaceWithCluster(services: Services, dir: string, name = 'Sentra Genteng Kebumen'): Promise<string> {
  await invoke(services, 'workspace.create', { dir, fileName: 'plan', programName: 'Program' });
  return (await invoke(services, 'clusters.create', sampleCluster(name))).id;
}

/** A program with a name and nothing else, unless given. */
export const programInput = (id: string, name: string, overrides: Partial<ProgramInput> = {}): ProgramInput => emptyProgram(id, name, overrides);

/** A program with two activities, an indicator and three budget lines (Rp 12,500,000 in all). */
export function fullProgram(id: string, name: string, overrides: Partial<ProgramInput> = {}): ProgramInput {
  return programInput(id, name, {
    objective: 'Genteng press dengan mutu seragam',
    why: 'Mutu genteng belum seragam',
    leadName: 'Dinas Perindustrian Kebumen',
    participants: [{ id: `${id}-p1`, actorId: null, name: 'Koperasi Genteng Sokka' }],
    activities: [
      { id: `${id}-a1`, name: 'Pelatihan 5S', start: '2027-02', end: '2027-03', output: '20 IKM terlatih' },
      { id: `${id}-a2`, name: 'Uji mutu', start: '2027-05', end: '2027-05', output: '' },
    ],
    beneficiaries: 'IKM genteng yang berpotensi',
    location: 'Desa Kedawung, Kec. Pejagoan',
    indicators: [{ id: `${id}-i1`, name: 'IKM menerapkan 5S', target: '20 IKM', means: 'Laporan fasilitator' }],
    budget: [
      { id: `${id}-b1`, item: 'Narasumber', amount: 7_500_000, sourceId: 'fs-apbdKabupaten', activityId: `${id}-a1`, note: '' },
      { id: `${id}-b2`, item: 'Konsumsi', amount: 3_000_000, sourceId: 'fs-swadaya', activityId: `${id}-a1`, note: '' },
      { id: `${id}-b3`, item: 'Biaya uji', amount: 2_000_000, sourceId: 'fs-clusterForum', activityId: null, note: 'ilustrasi' },
    ],
    status: 'planned',
    area: 'factor',
    ...overrides,
  });
}

/** A 3-year strategy written in the plan, with one indicator. */
export function strategyInput(id: string, text: string, overrides: Partial<MediumStrategyInput> = {}): MediumStrategyInput {
  return {
    id,
    text,
    objective: '',
    area: 'strategy',
    towsStrategyId: null,
    indicators: [{ id: `${id}-i1`, name: 'Omzet sentra', unit: 'Rp juta', baseline: 100, targets: [110, 125, 150] }],
    ...overrides,
  };
}

/**
 * A cluster whose map holds a Dinas, a cooperative and an SME (the cooperative tied to both), whose
 * SWOT has two strengths and a weakness with a WO strategy, and whose plan has a strategy taken
 * from that TOWS strategy and a program led by the Dinas with the cooperative taking part, citing
 * the second strength and the TOWS strategy.
 */
export async function linkedPlan(services: Services, dir: string) {
  const clusterId = await workspaceWithCluster(services, dir);
  const actor = async (name: string, kind: 'agency' | 'cooperative' | 'sme') =>
    (await invoke(services, 'stakeholders.actors.create', { clusterId, fields: actorFields(name, { kind }), x: 0, y: 0 })).id;
  const dinas = await actor('Dinas Perindustrian Kebumen', 'agency');
  const koperasi = await actor('Koperasi Genteng Sokka', 'cooperative');
  const ikm = await actor('IKM Genteng Mulya', 'sme');
  await invoke(services, 'stakeholders.ties.create', { clusterId, fields: tieFields(koperasi, dinas) });
  await invoke(services, 'stakeholders.ties.create', { clusterId, fields: tieFields(koperasi, ikm) });
  for (const [quadrant, text] of [
    ['strength', 'Tanah liat bermutu'],
    ['strength', 'Merek Sokka dikenal'],
    ['weakness', 'Tungku boros kayu'],
  ] as const) {
    await invoke(services, 'swot.items.create', { clusterId, fields: itemFields(quadrant, text) });
  }
  let board = await invoke(services, 'swot.board.get', { clusterId });
  const [tanah, merek, tungku] = board.items.map((i) => i.id);
  board = await invoke(services, 'swot.strategies.create', { clusterId, fields: { kind: 'WO', text: 'Tungku hemat energi', itemIds: [tungku!] } });
  const tows = board.strategies[0]!.id;
  await invoke(services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Perbaiki mutu', { towsStrategyId: tows }) });
  const program = fullProgram('p1', 'Pelatihan tungku', {
    leadActorId: dinas,
    leadName: '',
    participants: [
      { id: 'p1-p1', actorId: koperasi, name: 'apa saja: nama dari peta yang dipakai' },
      { id: 'p1-p2', actorId: null, name: 'Bank BPD Jateng' },
    ],
    links: [
      { kind: 'swotItem', targetId: merek! },
      { kind: 'towsStrategy', targetId: tows },
    ],
    strategyId: 's1',
  });
  const view = await invoke(services, 'plan.programs.save', { clusterId, program });
  return { clusterId, dinas, koperasi, ikm, tanah: tanah!, merek: merek!, tungku: tungku!, tows, program, view };
}

/** The header fields of a view, without its time stamp: what a save takes. */
export function headerFields(view: PlanView, overrides: Partial<PlanHeaderFields> = {}): PlanHeaderFields {
  const { updatedAt, ...fields } = view.header;
  void updatedAt;
  return { ...fields, ...overrides };
}

/**
 * Every plan table's rows, sorted: what "nothing written" and "undone exactly" are checked against.
 * The tables are read from the schema (the plan's own and the funding sources), so a new one counts too.
 */
export function planRows(services: Services): Record<string, unknown[]> {
  const r = services.registry.current('local').reader;
  const tables = r.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND (name = 'plans' OR name LIKE 'plan\\_%' ESCAPE '\\' OR name = 'funding_sources') ORDER BY name",
  );
  return Object.fromEntries(tables.map(({ name }) => [name, r.all(`SELECT * FROM ${name} ORDER BY id`)]));
}

/** The programs of a view as `position name` lines: what order checks compare. */
export const programOrder = (view: PlanView) => view.programs.map((p, i) => `${i} ${p.name}`);
