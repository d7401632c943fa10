import type { PrintModel } from './printModel';

/** The numbered sections of the forum document, in order. Catalog keys `planPrint.sections.<key>`. */
export const planSectionKeys = [
  'profile',
  'map',
  'swot',
  'selection',
  'vision',
  'medium',
  'programs',
  'actionMatrix',
  'pdm',
  'gantt',
  'budget',
  'matrix',
] as const;
export type PlanSectionKey = (typeof planSectionKeys)[number];

/** A section of the forum document: present ones are numbered I, II … in order; absent ones are left out. */
export interface PlanSection {
  key: PlanSectionKey;
  present: boolean;
  /** "I", "II" … for a present section; null for an absent one. */
  number: string | null;
}

/** Which sections have something to show. */
function presence(m: PrintModel): Record<PlanSectionKey, boolean> {
  const { header, strategies, programs } = m.plan;
  const hasPrograms = programs.length > 0;
  return {
    profile: true,
    map: m.map !== null,
    swot: m.swot !== null,
    selection: m.selection !== null,
    vision: header.vision.trim() !== '' || header.targets.length > 0,
    medium: strategies.length > 0,
    programs: hasPrograms,
    actionMatrix: hasPrograms,
    pdm: hasPrograms || header.goal.trim() !== '' || header.purpose.trim() !== '',
    gantt: hasPrograms,
    budget: hasPrograms,
    matrix: m.matrix !== null,
  };
}

/**
 * The forum document's sections with their Roman numbers, so the PDF and the DOCX number and
 * leave out the same ones.
 */
export function planSections(m: PrintModel): PlanSection[] {
  const present = presence(m);
  let n = 0;
  return planSectionKeys.map((key) => ({ key, present: present[key], number: present[key] ? roman(++n) : null }));
}

const numerals: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → I, 12 → XII (enough for the dozen sections). */
export function roman(value: number): string {
  let rest = value;
  let out = '';
  for (const [v, s] of numerals) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** A section's title in the document's language (the schedule's names the plan year). */
export function sectionTitle(t: (key: string, params?: Record<string, string | number>) => string, key: PlanSectionKey, m: PrintModel): string {
  return t(`planPrint.sections.${key}`, { year: m.plan.header.year });
}
