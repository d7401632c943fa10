import { type PlanSection, emptyPlanSection, planInterchange } from '../../../shared/domain/plan/interchange';
import type { PlanDoc } from '../../../shared/domain/plan/types';
import type { InterchangeSection } from '../feature';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { readFundingSources } from './fundingRepository';
import { insertPlan } from './headerRepository';
import type { LinkRow, PlanRow, ProgramRow, StrategyRow, VersionRow } from './planTableRows';
import { insertProgram } from './programRepository';
import { readPlanDoc } from './readPlanDoc';
import { insertPlanStrategy } from './strategyRepository';
import { insertVersion } from './versionRepository';

/**
 * Every plan as stored, in an order fixed by stored values, so exporting twice gives the same text.
 * A program's rows are read through `readPlanDoc` and its cited names are the stored ones (never the
 * live ones): the document keeps what the plan itself holds.
 */
function readSection(r: WorkspaceReader): PlanSection {
  const plans = r.all<PlanRow>('SELECT * FROM plans ORDER BY id');
  const docs = new Map<string, PlanDoc>(plans.map((p) => [p.id, readPlanDoc(r, p.id)]));
  const strategyRows = new Map(r.all<StrategyRow>('SELECT * FROM plan_strategies').map((s) => [s.id, s]));
  const programRows = new Map(r.all<ProgramRow>('SELECT * FROM plan_programs').map((p) => [p.id, p]));
  const links = new Map<string, LinkRow[]>();
  for (const l of r.all<LinkRow>('SELECT * FROM plan_program_links ORDER BY program_id, position, id'))
    links.set(l.program_id, [...(links.get(l.program_id) ?? []), l]);
  const participantNames = new Map(r.all<{ id: string; name: string }>('SELECT id, name FROM plan_participants').map((c) => [c.id, c.name]));

  return {
    plans: plans.map((p) => {
      const { updatedAt, ...fields } = docs.get(p.id)!.header;
      void updatedAt;
      return { clusterId: p.id, ...fields, createdAt: p.created_at, updatedAt: p.updated_at };
    }),
    planStrategies: plans.flatMap((p) =>
      docs.get(p.id)!.strategies.map(({ tows, ...s }) => {
        void tows;
        const row = strategyRows.get(s.id)!;
        return {
          ...s,
          clusterId: p.id,
          position: row.position,
          towsCode: row.tows_code,
          towsText: row.tows_text,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        };
      }),
    ),
    planPrograms: plans.flatMap((p) =>
      docs.get(p.id)!.programs.map(({ lead, links: resolved, participants, ...program }) => {
        void lead;
        void resolved;
        const row = programRows.get(program.id)!;
        return {
          ...program,
          clusterId: p.id,
          position: row.position,
          leadName: row.lead_name,
          links: (links.get(program.id) ?? []).map((l) => ({ kind: l.kind, targetId: l.target_id, code: l.code, text: l.text })),
          participants: participants.map((c) => ({ id: c.id, actorId: c.actorId, name: participantNames.get(c.id)! })),
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        };
      }),
    ),
    fundingSources: readFundingSources(r),
    planVersions: r.all<VersionRow>('SELECT * FROM plan_versions ORDER BY plan_id, frozen_at, id').map((v) => ({
      id: v.id,
      clusterId: v.plan_id,
      label: v.label,
      frozenAt: v.frozen_at,
      programs: v.programs,
      total: v.total,
      doc: JSON.parse(v.doc) as PlanDoc,
    })),
  };
}

/** The plan sections of the interchange document (format version 4). */
export const planSection: InterchangeSection = {
  ...planInterchange,
  empty: () => emptyPlanSection(),
  read: readSection,
  // Clusters are written first (their section comes earlier). Migration 5 seeded the built-in
  // funding sources: the document's list replaces them, then the plans that pay from it.
  write: (w, doc) => {
    const d = doc as unknown as PlanSection;
    for (const f of w.all<{ id: string }>('SELECT id FROM funding_sources')) w.delete('funding_sources', f.id);
    for (const f of d.fundingSources) w.insert('funding_sources', { id: f.id, key: f.key, name: f.name, position: f.position });
    for (const { clusterId, createdAt, updatedAt, ...fields } of d.plans) insertPlan(w, clusterId, fields, { createdAt, updatedAt });
    for (const { clusterId, position, towsCode, towsText, createdAt, updatedAt, ...s } of d.planStrategies)
      insertPlanStrategy(w, clusterId, s, { position, createdAt, updatedAt, tows: { code: towsCode, text: towsText } });
    for (const { clusterId, position, createdAt, updatedAt, ...p } of d.planPrograms) insertProgram(w, clusterId, p, { position, createdAt, updatedAt });
    for (const v of d.planVersions) insertVersion(w, v.clusterId, v.label, v.doc, v);
  },
};
