import type { PlanContext, PlanSummary, PlanView } from '../../../shared/domain/plan/types';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { getPlanRow, readPlanDoc } from './readPlanDoc';
import { readWhyTargets } from './readWhyTargets';
import { listVersions } from './versionRepository';

/** The actors on the cluster's map, by name, each with the number of ties it has there. */
function mapActors(r: WorkspaceReader, clusterId: string): PlanContext['actors'] {
  return r.all<{ id: string; name: string; kind: string; ties: number }>(
    `SELECT a.id, a.name, a.kind,
       (SELECT COUNT(*) FROM ties t WHERE t.cluster_id = ? AND (t.from_actor = a.id OR t.to_actor = a.id)) AS ties
     FROM map_placements m JOIN actors a ON a.id = m.actor_id
     WHERE m.cluster_id = ? ORDER BY a.name COLLATE NOCASE, a.id`,
    clusterId,
    clusterId,
  );
}

/** The plan screen's whole state: the plan, whether it was ever saved, its versions and what it can cite. clusterMissing for an unknown cluster. */
export function readPlanView(r: WorkspaceReader, clusterId: string): PlanView {
  const targets = readWhyTargets(r, clusterId);
  const doc = readPlanDoc(r, clusterId, targets);
  const exists = getPlanRow(r, clusterId) !== undefined;
  return {
    ...doc,
    exists,
    versions: exists ? listVersions(r, clusterId) : [],
    context: { actors: mapActors(r, clusterId), swotItems: targets.swotItems, towsStrategies: targets.towsStrategies },
  };
}

/** Every cluster of the workspace in the clusters' order, with its plan's title, year, program count, total and versions (zeros where no plan). */
export function listPlans(r: WorkspaceReader): PlanSummary[] {
  const rows = r.all<{
    id: string;
    name: string;
    title: string | null;
    year: number | null;
    updated_at: string | null;
    programs: number;
    total: number;
    versions: number;
  }>(
    `SELECT c.id, c.name, p.title, p.year, p.updated_at,
       (SELECT COUNT(*) FROM plan_programs g WHERE g.plan_id = c.id) AS programs,
       (SELECT COALESCE(SUM(b.amount), 0) FROM plan_budget_lines b JOIN plan_programs g ON g.id = b.program_id WHERE g.plan_id = c.id) AS total,
       (SELECT COUNT(*) FROM plan_versions v WHERE v.plan_id = c.id) AS versions
     FROM clusters c LEFT JOIN plans p ON p.id = c.id
     ORDER BY c.position, c.id`,
  );
  return rows.map((c) => ({
    clusterId: c.id,
    clusterName: c.name,
    title: c.title ?? '',
    year: c.year ?? 0,
    programs: c.programs,
    total: c.total,
    versions: c.versions,
    updatedAt: c.updated_at,
  }));
}
