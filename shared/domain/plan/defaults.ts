import { DEFAULT_LEAD_LOAD_MAX } from './codes';
import type { PlanHeaderFields, ProgramInput } from './schemas';

/**
 * The header of a cluster's plan before anything is saved. The action year is this year until
 * September and next year from October, when Indonesian agencies draft the coming year's work
 * plans; the 3-year plan starts that year and the vision looks ten years ahead (its tenth year).
 * The title starts as the cluster's name, the one text the facilitator always has; every other
 * text is empty, and the two approval blocks ("Mengetahui", "Menyetujui") wait to be filled.
 */
export function defaultPlanHeader(clusterName: string, today: Date): PlanHeaderFields {
  const year = today.getFullYear() + (today.getMonth() >= 9 ? 1 : 0);
  return {
    title: clusterName.trim(),
    facilitator: '',
    institution: '',
    place: '',
    documentDate: null,
    year,
    mediumStart: year,
    visionYear: year + 9,
    vision: '',
    targets: [],
    goal: '',
    purpose: '',
    assumptions: '',
    leadLoadMax: DEFAULT_LEAD_LOAD_MAX,
    approvals: [
      { id: 'approval-1', heading: 'mengetahui', title: '', name: '', nip: '' },
      { id: 'approval-2', heading: 'menyetujui', title: '', name: '', nip: '' },
    ],
  };
}

/**
 * A blank 1-year program as the editor's "add program" makes it: a draft with no lead, rows or
 * budget. `name` is required by the schema, so the caller gives one (e.g. the catalog's "Program
 * baru"); `fields` overrides anything else (a template, the strategy it serves).
 */
export function emptyProgram(id: string, name: string, fields: Partial<Omit<ProgramInput, 'id'>> = {}): ProgramInput {
  return {
    id,
    name,
    objective: '',
    content: '',
    why: '',
    links: [],
    leadActorId: null,
    leadName: '',
    participants: [],
    activities: [],
    beneficiaries: '',
    location: '',
    indicators: [],
    budget: [],
    status: 'draft',
    strategyId: null,
    area: null,
    assumptions: '',
    templateKey: null,
    ...fields,
  };
}
