import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { PlanDoc, PlanVersion, PlanVersionMeta } from '../../../shared/domain/plan/types';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import type { VersionRow } from './planTableRows';

/*
 * Frozen versions of a plan: a JSON copy of the plan as `readPlanDoc` gave it at that moment (so
 * it reads alone, whatever happens to the map or the SWOT since), with its label, time, program
 * count and total kept in columns for the list.
 */

const meta = (v: VersionRow): PlanVersionMeta => ({ id: v.id, label: v.label, frozenAt: v.frozen_at, programs: v.programs, total: v.total });

/** One version row; notFound when there is none. */
export function getVersionRow(r: WorkspaceReader, id: string): VersionRow {
  const row = r.get<VersionRow>('SELECT * FROM plan_versions WHERE id = ?', id);
  if (!row) throw new AppError('notFound', { query: id });
  return row;
}

/** A plan's versions, newest first. */
export function listVersions(r: WorkspaceReader, planId: string): PlanVersionMeta[] {
  return r
    .all<VersionRow>('SELECT id, plan_id, label, frozen_at, programs, total FROM plan_versions WHERE plan_id = ? ORDER BY frozen_at DESC, rowid DESC', planId)
    .map(meta);
}

/** A version with its frozen plan. */
export function readVersion(r: WorkspaceReader, id: string): PlanVersion {
  const row = getVersionRow(r, id);
  return { ...meta(row), doc: JSON.parse(row.doc) as PlanDoc };
}

/** The plan's budget over every program, in whole Rupiah. */
export const docTotal = (doc: PlanDoc): number => doc.programs.reduce((sum, p) => sum + p.budget.reduce((s, b) => s + b.amount, 0), 0);

/** What an imported version keeps. */
export interface StoredVersion {
  id: string;
  frozenAt: string;
  programs: number;
  total: number;
}

/** Stores a frozen copy of `doc` under `label`; the plan row must exist. Returns the version's id. */
export function insertVersion(w: RowWriter, planId: string, label: string, doc: PlanDoc, stored?: StoredVersion): string {
  const id = stored?.id ?? crypto.randomUUID();
  w.insert('plan_versions', {
    id,
    plan_id: planId,
    label,
    frozen_at: stored?.frozenAt ?? new Date().toISOString(),
    programs: stored?.programs ?? doc.programs.length,
    total: stored?.total ?? docTotal(doc),
    doc: JSON.stringify(doc),
  });
  return id;
}
