import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAD_LOAD_MAX } from '../../../shared/domain/plan/codes';
import { defaultPlanHeader, emptyProgram } from '../../../shared/domain/plan/defaults';
import { planHeaderFieldsSchema, programSchema } from '../../../shared/domain/plan/schemas';

describe('defaultPlanHeader', () => {
  it('plans this year until September', () => {
    for (const month of [0, 5, 8]) {
      const h = defaultPlanHeader('Genteng Kebumen', new Date(2026, month, 30));
      expect([h.year, h.mediumStart, h.visionYear]).toEqual([2026, 2026, 2035]);
    }
  });

  it('plans next year from October', () => {
    for (const month of [9, 11]) {
      const h = defaultPlanHeader('Genteng Kebumen', new Date(2026, month, 1));
      expect([h.year, h.mediumStart, h.visionYear]).toEqual([2027, 2027, 2036]);
    }
  });

  it('is a valid header: the cluster as title, empty texts, the lead limit, two empty approval blocks', () => {
    const h = defaultPlanHeader('  Genteng Kebumen ', new Date(2026, 10, 28));
    expect(planHeaderFieldsSchema.safeParse(h).success).toBe(true);
    expect(h.title).toBe('Genteng Kebumen');
    expect([h.vision, h.goal, h.purpose, h.assumptions, h.facilitator, h.institution, h.place]).toEqual(['', '', '', '', '', '', '']);
    expect(h.documentDate).toBeNull();
    expect(h.targets).toEqual([]);
    expect(h.leadLoadMax).toBe(DEFAULT_LEAD_LOAD_MAX);
    expect(h.approvals).toEqual([
      { id: 'approval-1', heading: 'mengetahui', title: '', name: '', nip: '' },
      { id: 'approval-2', heading: 'menyetujui', title: '', name: '', nip: '' },
    ]);
  });
});

describe('emptyProgram', () => {
  it('is a valid draft program with nothing in it, or what the caller gives', () => {
    const p = emptyProgram('p1', 'Program baru');
    expect(programSchema.safeParse(p).success).toBe(true);
    expect(p).toMatchObject({ id: 'p1', name: 'Program baru', status: 'draft', leadActorId: null, activities: [], budget: [] });
    expect(emptyProgram('p2', 'Pameran', { strategyId: 's1', area: 'demand' })).toMatchObject({ id: 'p2', strategyId: 's1', area: 'demand' });
  });
});
