import { invoke, type Services } from '../../../electron/services/createServices';
import { defaultPlanHeader, emptyProgram } from '../../../shared/domain/plan/defaults';
import type { ProgramInput } from '../../../shared/domain/plan/schemas';
import { defaultSectorOf } from '../../../shared/domain/stakeholders/codes';
import { sampleCluster } from '../helpers';
import { actorFields, tieFields } from '../stakeholders/mapFixtures';
import { itemFields } from '../swot/swotFixtures';

/*
 * A small forum plan built through the API, as a facilitator would enter it, holding the bad input
 * the PDF must survive: markup and script as text, a 300-character word, bidi-override characters,
 * an activity running past the plan year. Amounts are chosen so each prints distinctly.
 */

/** Markup a participant typed: must print as these very characters. */
export const SCRIPT_TEXT = '<script>alert("x")</script><b>tebal</b>';
/** One word of 300 letters, no break opportunity in it. */
export const LONG_WORD = `Genteng${'x'.repeat(286)}Kebumen`;
/** A name with a right-to-left override (U+202E) hiding in it. */
export const BIDI_NAME = 'Dinas \u202Eanayalep\u202C Koperasi';
/** Characters the bundled Noto Sans cannot draw (an emoji, Chinese): printed as markers, never in another font. */
export const UNDRAWABLE_TEXT = 'mantap 😀 陶器';
export const PLAN_YEAR = 2027;

export interface TestPlan {
  clusterId: string;
  clusterName: string;
}

/** A workspace in `dir` with one cluster, a small map and SWOT, and a plan of three programs. */
export async function workspaceWithPlan(services: Services, dir: string): Promise<TestPlan> {
  await invoke(services, 'workspace.create', { dir, fileName: 'rencana', programName: 'Penguatan Sentra IKM Jawa Tengah' });
  const cluster = await invoke(services, 'clusters.create', { ...sampleCluster('Sentra Genteng Uji'), regency: 'Kabupaten Kebumen' });
  const clusterId = cluster.id;
  const actor = async (name: string, kind: 'agency' | 'sme' | 'cooperative', x: number, y: number) =>
    (await invoke(services, 'stakeholders.actors.create', { clusterId, fields: actorFields(name, { kind, sector: defaultSectorOf[kind] }), x, y })).id;
  const dinas = await actor('Dinas Perindustrian Kabupaten Kebumen', 'agency', 0, 0);
  const koperasi = await actor('Koperasi Genteng Sokka', 'cooperative', 120, 40);
  const ikm = await actor('IKM Genteng Mulya', 'sme', -80, 90);
  await invoke(services, 'stakeholders.ties.create', { clusterId, fields: tieFields(dinas, koperasi) });
  await invoke(services, 'stakeholders.ties.create', { clusterId, fields: tieFields(koperasi, ikm) });
  const s1 = await invoke(services, 'swot.items.create', { clusterId, fields: itemFields('strength', 'Tanah liat bermutu tersedia di desa') });
  const board = await invoke(services, 'swot.items.create', { clusterId, fields: itemFields('weakness', 'Tungku pembakaran boros kayu') });
  const strength = s1.items[0]!.id;
  const weakness = board.items.find((i) => i.quadrant === 'weakness')!.id;

  await invoke(services, 'plan.header.save', {
    clusterId,
    fields: {
      ...defaultPlanHeader(cluster.name, new Date(Date.UTC(PLAN_YEAR - 1, 10, 28))),
      title: 'Rencana Aksi Sentra Genteng Uji',
      facilitator: 'Ani Wulandari',
      institution: 'LPPM Universitas Uji',
      place: 'Kebumen',
      documentDate: '2026-11-28',
      year: PLAN_YEAR,
      mediumStart: PLAN_YEAR,
      visionYear: PLAN_YEAR + 9,
      vision: 'Sentra genteng yang dikenal di seluruh Jawa karena mutu dan ketepatan kirim.',
      targets: [{ id: 't1', text: 'Genteng lolos SNI', area: 'demand', target: '80 % produksi' }],
      goal: 'Daya saing sentra genteng meningkat.',
      purpose: 'IKM genteng menjual produk bermutu SNI.',
      assumptions: 'Harga kayu bakar stabil.',
      approvals: [
        { id: 'approval-1', heading: 'mengetahui', title: 'Kepala Dinas Perindustrian', name: 'Budi Santoso', nip: '197001011995031001' },
        { id: 'approval-2', heading: 'menyetujui', title: 'Ketua Forum Sentra', name: 'Siti Aminah', nip: '' },
      ],
    },
  });
  await invoke(services, 'plan.strategies.save', {
    clusterId,
    strategy: {
      id: 'st1',
      text: 'Perbaiki mutu genteng lewat tungku hemat energi',
      objective: 'Mutu naik',
      area: 'factor',
      towsStrategyId: null,
      indicators: [{ id: 'si1', name: 'Genteng lolos uji', unit: '%', baseline: 20, targets: [40, 60, 80] }],
    },
  });
  const programs: ProgramInput[] = [
    emptyProgram('p1', 'Pelatihan tungku hemat energi', {
      objective: `Mengurangi kayu bakar; ${LONG_WORD}`,
      content: SCRIPT_TEXT,
      why: `Tungku boros kayu. ${SCRIPT_TEXT}`,
      links: [
        { kind: 'swotItem', targetId: weakness },
        { kind: 'swotItem', targetId: strength },
      ],
      leadActorId: dinas,
      leadName: 'Dinas Perindustrian Kabupaten Kebumen',
      participants: [
        { id: 'pa1', actorId: koperasi, name: 'Koperasi Genteng Sokka' },
        { id: 'pa2', actorId: null, name: BIDI_NAME },
      ],
      activities: [
        { id: 'a1', name: 'Survei tungku', start: `${PLAN_YEAR}-02`, end: `${PLAN_YEAR}-03`, output: `Laporan survei ${UNDRAWABLE_TEXT}` },
        { id: 'a2', name: 'Pelatihan pembakaran', start: `${PLAN_YEAR}-05`, end: `${PLAN_YEAR + 1}-02`, output: '30 IKM terlatih' },
      ],
      beneficiaries: '30 IKM genteng yang berpotensi',
      location: 'Desa Kedawung, Kec. Pejagoan',
      indicators: [{ id: 'i1', name: 'IKM memakai tungku baru', target: '20 IKM', means: 'Laporan Dinas' }],
      budget: [
        { id: 'b1', item: 'Honor pelatih', amount: 12_500_000, sourceId: 'fs-apbdKabupaten', activityId: 'a2', note: '' },
        { id: 'b2', item: 'Bahan praktik', amount: 1_250_000, sourceId: 'fs-swadaya', activityId: 'a2', note: '' },
        { id: 'b3', item: 'Transport survei', amount: 3_750_000, sourceId: 'fs-clusterForum', activityId: 'a1', note: '' },
      ],
      status: 'planned',
      strategyId: 'st1',
      area: 'factor',
    }),
    emptyProgram('p2', 'Sertifikasi SNI genteng', {
      objective: 'Genteng lolos SNI',
      leadActorId: koperasi,
      leadName: 'Koperasi Genteng Sokka',
      activities: [{ id: 'a3', name: 'Uji laboratorium', start: `${PLAN_YEAR}-07`, end: `${PLAN_YEAR}-09`, output: 'Sertifikat' }],
      location: 'Kebumen',
      budget: [
        { id: 'b4', item: 'Biaya uji', amount: 48_000_000, sourceId: 'fs-apbn', activityId: 'a3', note: '' },
        { id: 'b5', item: 'Pendampingan', amount: 7_300_000, sourceId: 'fs-csr', activityId: null, note: '' },
      ],
      status: 'planned',
      area: 'demand',
    }),
    emptyProgram('p3', 'Pameran dagang', {
      leadActorId: null,
      leadName: 'Forum Sentra',
      activities: [
        { id: 'a4', name: 'Stan pameran', start: `${PLAN_YEAR}-10`, end: `${PLAN_YEAR}-10`, output: '' },
        // no budget line: its amount prints as "–", never "Rp 0"
        { id: 'a5', name: 'Evaluasi pameran', start: `${PLAN_YEAR}-11`, end: `${PLAN_YEAR}-11`, output: '' },
      ],
      budget: [{ id: 'b6', item: 'Sewa stan', amount: 350_000_000, sourceId: 'fs-bankCredit', activityId: 'a4', note: '' }],
      status: 'draft',
    }),
  ];
  for (const program of programs) await invoke(services, 'plan.programs.save', { clusterId, program });
  return { clusterId, clusterName: cluster.name };
}
