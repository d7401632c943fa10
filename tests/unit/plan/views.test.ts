import { describe, expect, it } from 'vitest';
import { actionMatrixRows, ganttRows, operationRows, pdmRows, table51Rows } from '../../../shared/domain/plan/views';
import { actor, plan } from './planFixture';
import { samplePlan } from './samplePlan';

const empty = plan();
const pick = <T extends object, K extends keyof T>(rows: T[], ...keys: K[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));

describe('table51Rows', () => {
  it('numbers programs in plan order with their lead, participants, months and whole budget', () => {
    const rows = table51Rows(samplePlan);
    expect(pick(rows, 'programId', 'number', 'budget', 'span')).toEqual([
      { programId: 'p1', number: 1, budget: 4_250_000, span: { start: '2027-02', end: '2027-05' } },
      { programId: 'p2', number: 2, budget: 10_000_000, span: { start: '2026-11', end: '2028-04' } },
      { programId: 'p3', number: 3, budget: 0, span: null },
    ]);
    expect(rows[0]!.lead).toEqual(actor('a1', 'Dinas Perindag'));
    // A deleted participant keeps its name, marked; the editor's row id is not part of the reference.
    expect(rows[0]!.participants).toEqual([actor('a2', 'Koperasi lama', true)]);
    expect(rows[0]!.activities.map((a) => a.id)).toEqual(['x1', 'x2']);
    expect(rows[1]!.lead).toBeNull();
  });

  it('reads a lead with neither actor nor name as no lead', () => {
    const doc = plan({ programs: [{ ...samplePlan.programs[0]!, lead: actor(null, '  ') }] });
    expect(table51Rows(doc)[0]!.lead).toBeNull();
  });

  it('is empty for an empty plan', () => {
    expect(table51Rows(empty)).toEqual([]);
  });
});

describe('actionMatrixRows', () => {
  const rows = actionMatrixRows(samplePlan);

  it('gives a program row then a row per activity, numbered 1, 1.1, 1.2', () => {
    expect(pick(rows, 'level', 'number', 'budget', 'start', 'end')).toEqual([
      { level: 'program', number: '1', budget: 4_250_000, start: '2027-02', end: '2027-05' },
      { level: 'activity', number: '1.1', budget: 3_000_000, start: '2027-02', end: '2027-03' },
      { level: 'activity', number: '1.2', budget: 250_000, start: '2027-05', end: '2027-05' },
      { level: 'program', number: '2', budget: 10_000_000, start: '2026-11', end: '2028-04' },
      { level: 'activity', number: '2.1', budget: 10_000_000, start: '2026-11', end: '2027-02' },
      { level: 'activity', number: '2.2', budget: 0, start: '2027-12', end: '2028-01' },
      { level: 'activity', number: '2.3', budget: 0, start: '2028-03', end: '2028-04' },
      { level: 'program', number: '3', budget: 0, start: null, end: null },
    ]);
  });

  it('lists sources in the funding list order, a deleted source last; activity rows only their own lines', () => {
    expect(rows[0]!.sources).toEqual([
      { sourceId: 'fs-swadaya', amount: 500_000 },
      { sourceId: 'fs-clusterForum', amount: 1_000_000 },
      { sourceId: 'fs-apbdKabupaten', amount: 2_500_000 },
      { sourceId: 'fs-gone', amount: 250_000 },
    ]);
    expect(rows[1]!.sources).toEqual([
      { sourceId: 'fs-swadaya', amount: 500_000 },
      { sourceId: 'fs-apbdKabupaten', amount: 2_500_000 },
    ]);
    expect(rows[5]!.sources).toEqual([]);
    // Every program row's sources add up to its budget.
    for (const r of rows.filter((x) => x.level === 'program')) expect(r.sources.reduce((s, x) => s + x.amount, 0)).toBe(r.budget);
  });

  it('shows program indicators, activity outputs, the location and the lead on every row', () => {
    expect(rows[0]!.indicators).toEqual([
      { name: 'IKM menerapkan 5S', target: '15 IKM' },
      { name: 'Waktu produksi', target: '-10 %' },
    ]);
    expect(rows[1]!.indicators).toEqual([]);
    expect(rows[2]!.indicators).toEqual([{ name: '20 IKM terlatih', target: '' }]);
    expect(rows.slice(0, 3).map((r) => [r.location, r.lead?.name])).toEqual(Array(3).fill(['Desa Kedawung', 'Dinas Perindag']));
  });

  it('keeps a line tied to a deleted activity on the program row only', () => {
    const p = samplePlan.programs[0]!;
    const doc = plan({ programs: [{ ...p, activities: [p.activities[0]!] }] });
    const [programRow, only] = actionMatrixRows(doc);
    expect(programRow!.budget).toBe(4_250_000);
    expect(only!.budget).toBe(3_000_000);
  });
});

describe('pdmRows', () => {
  const rows = pdmRows(samplePlan);

  it('puts the goal with the vision targets and the purpose with the 3-year indicators and assumptions', () => {
    expect(rows[0]).toEqual({
      level: 'goal',
      programId: null,
      activityId: null,
      number: '',
      summary: 'Sentra genteng tumbuh',
      indicators: [{ name: 'Ekspor genteng', target: '5 negara' }],
      means: [],
      assumptions: '',
    });
    expect(rows[1]).toMatchObject({ level: 'purpose', summary: 'IKM genteng naik kelas', assumptions: 'Harga tanah liat stabil' });
    // The last year with a target, with its unit and year; none given → empty.
    expect(rows[1]!.indicators).toEqual([
      { name: 'IKM bersertifikat SNI', target: '20 unit (2028)' },
      { name: 'Kenaikan omzet', target: '2,5 % (2029)' },
      { name: 'Belum diisi', target: '' },
    ]);
    expect(pdmRows(samplePlan, 'en')[1]!.indicators[1]!.target).toBe('2.5 % (2029)');
  });

  it('makes each program an output (objective, indicators, means, assumptions) followed by its activities', () => {
    expect(pick(rows.slice(2), 'level', 'number', 'summary')).toEqual([
      { level: 'output', number: '1', summary: 'Pabrik rapi dan efisien' },
      { level: 'activity', number: '1.1', summary: 'kegiatan x1' },
      { level: 'activity', number: '1.2', summary: 'kunjungan' },
      // No objective written: the program's name stands in.
      { level: 'output', number: '2', summary: 'Pameran' },
      { level: 'activity', number: '2.1', summary: 'kegiatan y1' },
      { level: 'activity', number: '2.2', summary: 'kegiatan y2' },
      { level: 'activity', number: '2.3', summary: 'kegiatan y3' },
      { level: 'output', number: '3', summary: 'Kosong' },
    ]);
    expect(rows[2]).toMatchObject({ means: ['Laporan kunjungan'], assumptions: 'Pemilik IKM hadir' });
    expect(rows[4]!.indicators).toEqual([{ name: '20 IKM terlatih', target: '' }]);
  });

  it('has only the goal and purpose rows for an empty plan', () => {
    expect(pdmRows(empty).map((r) => r.level)).toEqual(['goal', 'purpose']);
  });
});

describe('operationRows', () => {
  it('lists every activity with its months, its program lead and the lines tied to it', () => {
    expect(pick(operationRows(samplePlan), 'number', 'start', 'end', 'budget')).toEqual([
      { number: '1.1', start: '2027-02', end: '2027-03', budget: 3_000_000 },
      { number: '1.2', start: '2027-05', end: '2027-05', budget: 250_000 },
      { number: '2.1', start: '2026-11', end: '2027-02', budget: 10_000_000 },
      { number: '2.2', start: '2027-12', end: '2028-01', budget: 0 },
      { number: '2.3', start: '2028-03', end: '2028-04', budget: 0 },
    ]);
    expect(operationRows(samplePlan).map((r) => r.lead?.name ?? null)).toEqual(['Dinas Perindag', 'Dinas Perindag', null, null, null]);
  });
});

describe('ganttRows', () => {
  it('clips bars to the plan year and says which side they ran over', () => {
    expect(pick(ganttRows(samplePlan), 'level', 'number', 'from', 'to', 'before', 'after')).toEqual([
      { level: 'program', number: '1', from: 2, to: 5, before: false, after: false },
      { level: 'activity', number: '1.1', from: 2, to: 3, before: false, after: false },
      { level: 'activity', number: '1.2', from: 5, to: 5, before: false, after: false },
      { level: 'program', number: '2', from: 1, to: 12, before: true, after: true },
      { level: 'activity', number: '2.1', from: 1, to: 2, before: true, after: false },
      { level: 'activity', number: '2.2', from: 12, to: 12, before: false, after: true },
      // Wholly after the year: no bar, only the arrow.
      { level: 'activity', number: '2.3', from: null, to: null, before: false, after: true },
      { level: 'program', number: '3', from: null, to: null, before: false, after: false },
    ]);
  });

  it('keeps the real months of a clipped bar', () => {
    const row = ganttRows(samplePlan)[4]!;
    expect([row.start, row.end]).toEqual(['2026-11', '2027-02']);
  });

  it('has no bar for a program whose activities all fall in another year', () => {
    const doc = { ...samplePlan, header: { ...samplePlan.header, year: 2030 } };
    const row = ganttRows(doc)[3]!;
    expect(row).toMatchObject({ from: null, to: null, before: true, after: false });
  });
});
