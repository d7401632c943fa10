import { defaultPlanHeader, emptyProgram } from '../../../shared/domain/plan/defaults';
import type { Activity, ActorRef, BudgetLine, FundingSource, MediumStrategy, PlanContext, PlanDoc, Program } from '../../../shared/domain/plan/types';

/** Builders for hand-worked plans: every field a sensible empty value unless the test says otherwise. */

export const funding: FundingSource[] = [
  { id: 'fs-swadaya', key: 'swadaya', name: '', position: 0 },
  { id: 'fs-clusterForum', key: 'clusterForum', name: '', position: 1 },
  { id: 'fs-apbdKabupaten', key: 'apbdKabupaten', name: '', position: 2 },
];

export const actor = (actorId: string | null, name: string, deleted = false): ActorRef => ({ actorId, name, deleted });

export const activity = (id: string, start: string, end: string, name = `kegiatan ${id}`, output = ''): Activity => ({ id, name, start, end, output });

export const line = (id: string, amount: number, sourceId: string, activityId: string | null = null): BudgetLine => ({
  id,
  item: `pos ${id}`,
  amount,
  sourceId,
  activityId,
  note: '',
});

export function program(id: string, fields: Partial<Program> = {}): Program {
  // The editor's blank program, with the view's own (empty) WHY links, participants and lead.
  return { ...emptyProgram(id, `Program ${id}`), links: [], participants: [], lead: null, ...fields };
}

export function strategy(id: string, fields: Partial<MediumStrategy> = {}): MediumStrategy {
  return { id, text: `Strategi ${id}`, objective: '', area: null, towsStrategyId: null, indicators: [], tows: null, ...fields };
}

export function plan(fields: Partial<Omit<PlanDoc, 'header'>> & { header?: Partial<PlanDoc['header']> } = {}): PlanDoc {
  const { header, ...rest } = fields;
  return {
    clusterId: 'c1',
    clusterName: 'Genteng Kebumen',
    strategies: [],
    programs: [],
    funding,
    ...rest,
    header: { ...defaultPlanHeader('Genteng Kebumen', new Date(2026, 5, 1)), updatedAt: null, ...header },
  };
}

export const noContext: PlanContext = { actors: [], swotItems: [], towsStrategies: [] };
