import { emptyProgram } from '../../../shared/domain/plan/defaults';
import { builtinFundingSources, planAreas } from '../../../shared/domain/plan/codes';
import type { MediumStrategyInput, ProgramInput } from '../../../shared/domain/plan/schemas';

/** How big the bench's plan is: issue 9's "40-page plan" (20 programs, 200 activities, ~600 budget lines). */
export const PLAN_SIZE = { programs: 20, activitiesPerProgram: 10, linesPerProgram: 30, strategies: 5 } as const;

const villages = ['Kedawung', 'Kebagoran', 'Pejagoan', 'Karangpoh', 'Sokka', 'Kuwayuhan', 'Watulawang', 'Aditirto'];
const verbs = ['Pelatihan', 'Pendampingan', 'Studi banding', 'Uji mutu', 'Pameran', 'Temu usaha', 'Perbaikan tungku', 'Promosi daring'];

/** The 3-year strategies the programs serve, each with an indicator per year. */
export function syntheticStrategies(): MediumStrategyInput[] {
  return Array.from({ length: PLAN_SIZE.strategies }, (_, s) => ({
    id: `st${s + 1}`,
    text: `Strategi ${s + 1}: memperkuat ${['mutu', 'pasar', 'bahan baku', 'kelembagaan', 'pembiayaan'][s]} sentra genteng`,
    objective: `Sasaran strategi ${s + 1}`,
    area: planAreas[s % planAreas.length]!,
    towsStrategyId: null,
    indicators: [{ id: `st${s + 1}-i1`, name: `Indikator strategi ${s + 1}`, unit: '%', baseline: 10 * s, targets: [20 + s, 40 + s, 60 + s] }],
  }));
}

/**
 * Twenty programs of ten activities and thirty budget lines each, led by actors of the map and
 * joined by three more, spread over the plan year (some activities running past December).
 */
export function syntheticPrograms(year: number, actorIds: readonly string[]): ProgramInput[] {
  const { programs, activitiesPerProgram, linesPerProgram } = PLAN_SIZE;
  return Array.from({ length: programs }, (_, p) => {
    const id = `p${p + 1}`;
    const activities = Array.from({ length: activitiesPerProgram }, (_, a) => {
      const start = 1 + ((p + a) % 12);
      const end = start + (a % 3);
      const month = (m: number) => (m <= 12 ? `${year}-${String(m).padStart(2, '0')}` : `${year + 1}-${String(m - 12).padStart(2, '0')}`);
      return {
        id: `${id}-a${a + 1}`,
        name: `${verbs[(p + a) % verbs.length]} tahap ${a + 1} program ${p + 1}`,
        start: month(start),
        end: month(end),
        output: `Keluaran ${a + 1}`,
      };
    });
    return emptyProgram(id, `Program ${p + 1}: ${verbs[p % verbs.length]} IKM genteng ${villages[p % villages.length]}`, {
      objective: `Tujuan program ${p + 1}: meningkatkan mutu dan penjualan genteng IKM di Desa ${villages[p % villages.length]}.`,
      content: `Isi program ${p + 1}: kegiatan bersama Dinas, koperasi dan perguruan tinggi.`,
      why: `Kebutuhan ${p + 1}: mutu genteng belum merata.`,
      leadActorId: actorIds[p % actorIds.length]!,
      leadName: '',
      participants: [1, 2, 3].map((k) => ({ id: `${id}-pa${k}`, actorId: actorIds[(p * 7 + k * 13) % actorIds.length]!, name: `Peserta ${k}` })),
      activities,
      beneficiaries: `${20 + p} IKM genteng yang berpotensi`,
      location: `Desa ${villages[p % villages.length]}, Kec. Pejagoan`,
      indicators: [
        { id: `${id}-i1`, name: `IKM terlatih program ${p + 1}`, target: `${20 + p} IKM`, means: 'Daftar hadir' },
        { id: `${id}-i2`, name: `Penjualan naik program ${p + 1}`, target: '15 %', means: 'Catatan koperasi' },
      ],
      budget: Array.from({ length: linesPerProgram }, (_, l) => ({
        id: `${id}-b${l + 1}`,
        item: `Pos biaya ${l + 1} program ${p + 1}`,
        amount: 250_000 * (1 + ((p * 31 + l * 17) % 40)),
        sourceId: `fs-${builtinFundingSources[(p + l) % builtinFundingSources.length]!}`,
        activityId: l % 3 === 2 ? null : activities[l % activities.length]!.id,
        note: '',
      })),
      status: 'planned',
      strategyId: `st${(p % PLAN_SIZE.strategies) + 1}`,
      area: planAreas[p % planAreas.length]!,
      assumptions: 'Anggaran daerah cair tepat waktu.',
    });
  });
}
