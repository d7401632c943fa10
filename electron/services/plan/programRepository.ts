import { AppError } from '../../../shared/contract/errors';
import type { ProgramInput } from '../../../shared/domain/plan/schemas';
import type { Row, RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type LinkRow, type ParticipantRow, type ProgramRow, whyLinkId } from './planTableRows';
import type { WhyTargets } from './readWhyTargets';
import { type StoredPiece, deletePiece, getPiece, insertPieceRow, movePiece, savePiece } from './planPieces';
import { positioned, syncRows } from './syncRows';

/*
 * The 1-year programs of a plan, numbered 0, 1, 2 … by `position`, each saved whole with its WHY
 * links, participants, activities, indicators and budget lines. Every name, code and text a
 * program cites is stored with it, so it still reads when the actor or SWOT record is deleted.
 */

/** One program row; notFound when there is none. */
export const getProgram = (r: WorkspaceReader, id: string) => getPiece<ProgramRow>(r, 'plan_programs', id);

/** A program as it will be stored: the input with every cited name, code and text filled in. */
export interface ResolvedProgram extends Omit<ProgramInput, 'links'> {
  links: (ProgramInput['links'][number] & { code: string; text: string })[];
}

function programColumns(p: ResolvedProgram): Row {
  return {
    name: p.name,
    objective: p.objective,
    content: p.content,
    why: p.why,
    lead_actor_id: p.leadActorId,
    lead_name: p.leadName,
    beneficiaries: p.beneficiaries,
    location: p.location,
    status: p.status,
    strategy_id: p.strategyId,
    area: p.area,
    assumptions: p.assumptions,
    template_key: p.templateKey,
  };
}

/** Makes the program's rows of every child table exactly the program's; returns whether any changed. */
function syncChildren(w: RowWriter, programId: string, p: ResolvedProgram): boolean {
  const sync = (table: string, rows: (Row & { id: string })[]) => syncRows(w, table, 'program_id', programId, rows);
  // Activities before budget lines: a new line may pay for a new activity.
  const changes = [
    sync(
      'plan_program_links',
      positioned(p.links, (l) => ({ id: whyLinkId(programId, l.kind, l.targetId), kind: l.kind, target_id: l.targetId, code: l.code, text: l.text })),
    ),
    sync(
      'plan_participants',
      positioned(p.participants, (c) => ({ id: c.id, actor_id: c.actorId, name: c.name })),
    ),
    sync(
      'plan_activities',
      positioned(p.activities, (a) => ({ id: a.id, name: a.name, start_month: a.start, end_month: a.end, output: a.output })),
    ),
    sync(
      'plan_program_indicators',
      positioned(p.indicators, (i) => ({ id: i.id, name: i.name, target: i.target, means: i.means })),
    ),
    sync(
      'plan_budget_lines',
      positioned(p.budget, (b) => ({ id: b.id, item: b.item, amount: b.amount, source_id: b.sourceId, activity_id: b.activityId, note: b.note })),
    ),
  ];
  return changes.some(Boolean);
}

/** Writes a new program with all its rows. The caller checks the plan exists and every reference. */
export function insertProgram(w: RowWriter, planId: string, p: ResolvedProgram, stored: StoredPiece = {}): void {
  insertPieceRow(w, 'plan_programs', planId, p.id, programColumns(p), stored);
  syncChildren(w, p.id, p);
}

/**
 * Checks a program against the workspace and fills in the names, codes and texts it cites (live,
 * or as stored when the record was deleted since). Refused: an id another plan's program has
 * (planRowTaken), a strategy not of this plan, an actor not on record or a SWOT item / TOWS strategy
 * not of this cluster (notFound) — unless the program already cites it —, an unknown funding source
 * (unknownFundingSource), a budget line for an activity the program does not have (invalidInput) —
 * unless this save removes that activity: the line is then the whole program's.
 */
export function resolveProgram(r: WorkspaceReader, clusterId: string, p: ProgramInput, targets: WhyTargets): ResolvedProgram {
  const existing = r.get<ProgramRow>('SELECT * FROM plan_programs WHERE id = ?', p.id);
  if (existing && existing.plan_id !== clusterId) throw new AppError('planRowTaken', { query: p.id });
  if (p.strategyId !== null && !r.get('SELECT 1 AS one FROM plan_strategies WHERE id = ? AND plan_id = ?', p.strategyId, clusterId)) {
    throw new AppError('notFound', { query: p.strategyId });
  }

  const storedLinks = new Map(r.all<LinkRow>('SELECT * FROM plan_program_links WHERE program_id = ?', p.id).map((l) => [`${l.kind}/${l.target_id}`, l]));
  const links = [...new Map(p.links.map((l) => [`${l.kind}/${l.targetId}`, l])).entries()].map(([key, l]) => {
    const live = targets.find(l.kind, l.targetId);
    const stored = storedLinks.get(key);
    if (!live && !stored) throw new AppError('notFound', { query: l.targetId });
    return { ...l, code: (live ?? stored)!.code, text: (live ?? stored)!.text };
  });

  const storedParticipants = r.all<ParticipantRow>('SELECT * FROM plan_participants WHERE program_id = ?', p.id);
  const storedName = (actorId: string): string | undefined => {
    if (existing?.lead_actor_id === actorId) return existing.lead_name;
    return storedParticipants.find((c) => c.actor_id === actorId)?.name;
  };
  /** An actor's name now, else the name the program stored for it, else refused. */
  const nameOf = (actorId: string): string => {
    const live = r.get<{ name: string }>('SELECT name FROM actors WHERE id = ?', actorId)?.name ?? storedName(actorId);
    if (live === undefined) throw new AppError('notFound', { query: actorId });
    return live;
  };

  const activities = new Set(p.activities.map((a) => a.id));
  // An activity this save removes unties its budget lines (they become the whole program's), as the
  // table's ON DELETE SET NULL does: removing an activity is one edit, not a save refused until
  // every line tied to it is changed by hand.
  const removed = new Set(
    r.all<{ id: string }>('SELECT id FROM plan_activities WHERE program_id = ?', p.id).flatMap((a) => (activities.has(a.id) ? [] : [a.id])),
  );
  const budget = p.budget.map((b, i) => {
    if (!r.get('SELECT 1 AS one FROM funding_sources WHERE id = ?', b.sourceId)) throw new AppError('unknownFundingSource', { query: b.sourceId });
    if (b.activityId === null || activities.has(b.activityId)) return b;
    if (removed.has(b.activityId)) return { ...b, activityId: null };
    throw new AppError('invalidInput', { field: `budget.${i}.activityId`, detail: 'plan.validation.otherActivity' });
  });

  return {
    ...p,
    budget,
    links,
    leadName: p.leadActorId === null ? p.leadName : nameOf(p.leadActorId),
    participants: p.participants.map((c) => (c.actorId === null ? c : { ...c, name: nameOf(c.actorId) })),
  };
}

/** Creates or replaces a program of the cluster's plan (creating the plan on its first piece), writing only what changed. */
export function saveProgram(w: RowWriter, clusterId: string, p: ResolvedProgram): void {
  savePiece(w, 'plan_programs', clusterId, w.get<ProgramRow>('SELECT * FROM plan_programs WHERE id = ?', p.id), {
    insert: () => insertProgram(w, clusterId, p),
    columns: programColumns(p),
    syncRows: () => syncChildren(w, p.id, p),
  });
}

/** Deletes a program with all its rows and closes the gap. */
export const deleteProgram = (w: RowWriter, id: string) => deletePiece(w, 'plan_programs', id);

/** Moves a program to `position` (0-based, clamped) and renumbers the others. */
export const moveProgram = (w: RowWriter, id: string, position: number) => movePiece(w, 'plan_programs', id, position);
