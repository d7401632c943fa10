import type { PlanDoc } from '../../../shared/domain/plan/types';
import { activity, actor, line, plan, program, strategy } from './planFixture';

/**
 * A small plan worked by hand for the 2027 plan year: program 1 inside the year with a line on a
 * funding source since deleted (`fs-gone`), program 2 running over both ends of the year and
 * wholly after it, program 3 empty. Totals: 1 → 4,250,000; 2 → 10,000,000; 3 → 0.
 */
export const samplePlan: PlanDoc = plan({
  header: {
    year: 2027,
    mediumStart: 2027,
    goal: 'Sentra genteng tumbuh',
    purpose: 'IKM genteng naik kelas',
    assumptions: 'Harga tanah liat stabil',
    targets: [{ id: 't1', text: 'Ekspor genteng', area: 'demand', target: '5 negara' }],
  },
  strategies: [
    strategy('s1', {
      indicators: [
        { id: 'i1', name: 'IKM bersertifikat SNI', unit: 'unit', baseline: 2, targets: [10, 20, null] },
        { id: 'i2', name: 'Kenaikan omzet', unit: '%', baseline: null, targets: [null, null, 2.5] },
        { id: 'i3', name: 'Belum diisi', unit: '', baseline: null, targets: [null, null, null] },
      ],
    }),
  ],
  programs: [
    program('p1', {
      name: 'Pelatihan 5S',
      objective: 'Pabrik rapi dan efisien',
      area: 'factor',
      lead: actor('a1', 'Dinas Perindag'),
      participants: [{ id: 'pp1', ...actor('a2', 'Koperasi lama', true) }],
      activities: [activity('x1', '2027-02', '2027-03'), activity('x2', '2027-05', '2027-05', 'kunjungan', '20 IKM terlatih')],
      indicators: [
        { id: 'k1', name: 'IKM menerapkan 5S', target: '15 IKM', means: 'Laporan kunjungan' },
        { id: 'k2', name: 'Waktu produksi', target: '-10 %', means: '' },
      ],
      budget: [
        line('l1', 2_500_000, 'fs-apbdKabupaten', 'x1'),
        line('l2', 500_000, 'fs-swadaya', 'x1'),
        line('l3', 1_000_000, 'fs-clusterForum'),
        line('l4', 250_000, 'fs-gone', 'x2'),
      ],
      location: 'Desa Kedawung',
      assumptions: 'Pemilik IKM hadir',
    }),
    program('p2', {
      name: 'Pameran',
      area: 'demand',
      activities: [activity('y1', '2026-11', '2027-02'), activity('y2', '2027-12', '2028-01'), activity('y3', '2028-03', '2028-04')],
      budget: [line('l5', 10_000_000, 'fs-apbdKabupaten', 'y1')],
    }),
    program('p3', { name: 'Kosong' }),
  ],
});
