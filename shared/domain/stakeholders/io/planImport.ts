import type { ImportProblem, ImportReport } from '../../../contract/stakeholders';
import type { TieFields } from '../schemas';
import { problemKey } from './importProblems';
import { type ActorRowIn, type ActorRowsRead, nameKey } from './readActorRows';
import type { TieRowsRead } from './readTieRows';

/** The report lists at most this many problems; `truncated` says there were more. */
export const PROBLEMS_LISTED_MAX = 1000;

/** An end of an imported tie: an actor that exists, or the n-th new actor of the plan. */
export type ActorRef = { id: string } | { newIndex: number };

/** What an import would write, and its report. */
export interface ImportPlan {
  report: ImportReport;
  /** Actors new to the workspace, placed on the map. */
  newActors: ActorRowIn[];
  /** Actors of the workspace (on other maps) that the actors file places on this map. */
  placeActors: { row: number; actorId: string }[];
  ties: { row: number; from: ActorRef; to: ActorRef; fields: Omit<TieFields, 'from' | 'to'> }[];
  /** Every problem, counted (the report lists the first {@link PROBLEMS_LISTED_MAX}). */
  problemTotal: number;
}

/** What the import is checked against: the map as it is, and the workspace's other actors. */
export interface ImportTarget {
  onMap: readonly { id: string; name: string }[];
  workspace: readonly { id: string; name: string }[];
  ties: readonly Pick<TieFields, 'from' | 'to' | 'type' | 'directed'>[];
}

interface TieEnd {
  from: string;
  to: string;
  directed: boolean;
  row: number | null;
}

const refKey = (r: ActorRef) => ('id' in r ? r.id : `\u0000new${r.newIndex}`);

/**
 * Joins what the files say with the map they go to. An actor whose name (any case) is on the map
 * is that actor, kept as it is; one of the workspace on another map is placed here; any other is
 * new. A tie's ends must be in the actors file or on the map. Duplicates follow the map's rule
 * (tieRepository's findDuplicateTie): the same type between the same pair, in the same direction
 * when both are directed, in either when either is undirected.
 */
export function planImport(actors: ActorRowsRead | null, ties: TieRowsRead | null, target: ImportTarget): ImportPlan {
  const byName = (list: readonly { id: string; name: string }[]) => {
    const m = new Map<string, string>();
    for (const a of list) if (!m.has(nameKey(a.name))) m.set(nameKey(a.name), a.id);
    return m;
  };
  const onMap = byName(target.onMap);
  const workspace = byName(target.workspace);
  const plan: ImportPlan = {
    report: {
      actors: { rows: actors?.rows ?? 0, valid: actors?.valid.length ?? 0, newOnMap: 0, alreadyOnMap: 0 },
      ties: { rows: ties?.rows ?? 0, valid: 0 },
      problems: [],
      truncated: false,
    },
    newActors: [],
    placeActors: [],
    ties: [],
    problemTotal: 0,
  };
  const fromFile = new Map<string, ActorRef>();
  for (const a of actors?.valid ?? []) {
    const key = nameKey(a.fields.name);
    const there = onMap.get(key);
    const elsewhere = workspace.get(key);
    if (there !== undefined) {
      plan.report.actors.alreadyOnMap++;
      fromFile.set(key, { id: there });
    } else if (elsewhere !== undefined) {
      plan.placeActors.push({ row: a.row, actorId: elsewhere });
      fromFile.set(key, { id: elsewhere });
    } else {
      fromFile.set(key, { newIndex: plan.newActors.length });
      plan.newActors.push(a);
    }
  }
  plan.report.actors.newOnMap = plan.newActors.length + plan.placeActors.length;

  const tieProblems: ImportProblem[] = [...(ties?.problems ?? [])];
  const problem = (row: number, column: string, name: string, params?: ImportProblem['params']) =>
    tieProblems.push(params ? { file: 'ties', row, column, code: problemKey(name), params } : { file: 'ties', row, column, code: problemKey(name) });
  const resolve = (row: number, end: { name: string; column: string }): ActorRef | null => {
    const key = nameKey(end.name);
    const ref = fromFile.get(key) ?? (onMap.has(key) ? { id: onMap.get(key)! } : undefined);
    if (ref) return ref;
    const badRow = actors?.invalidNames.get(key);
    if (badRow !== undefined) problem(row, end.column, 'actorRowHasProblems', { name: end.name, actorRow: badRow });
    else if (workspace.has(key)) problem(row, end.column, 'actorOnOtherMap', { name: end.name });
    else problem(row, end.column, 'actorUnknown', { name: end.name });
    return null;
  };

  const seen = new Map<string, TieEnd[]>();
  const pairKey = (type: string, a: string, b: string) => (a < b ? `${type}\u0000${a}\u0000${b}` : `${type}\u0000${b}\u0000${a}`);
  const duplicateOf = (type: string, t: TieEnd) =>
    (seen.get(pairKey(type, t.from, t.to)) ?? []).find(
      (e) => (e.from === t.from && e.to === t.to) || (e.from === t.to && e.to === t.from && (!e.directed || !t.directed)),
    );
  const remember = (type: string, t: TieEnd) => {
    const k = pairKey(type, t.from, t.to);
    const list = seen.get(k);
    if (list) list.push(t);
    else seen.set(k, [t]);
  };
  for (const t of target.ties) remember(t.type, { from: t.from, to: t.to, directed: t.directed, row: null });

  for (const t of ties?.valid ?? []) {
    const from = resolve(t.row, t.from);
    const to = resolve(t.row, t.to);
    if (!from || !to) continue;
    const end: TieEnd = { from: refKey(from), to: refKey(to), directed: t.fields.directed, row: t.row };
    if (end.from === end.to) {
      problem(t.row, t.to.column, 'selfTie', { name: t.from.name });
      continue;
    }
    const dup = duplicateOf(t.fields.type, end);
    if (dup) {
      if (dup.row === null) problem(t.row, t.to.column, 'duplicateTieOnMap', { from: t.from.name, to: t.to.name });
      else problem(t.row, t.to.column, 'duplicateTieInFile', { from: t.from.name, to: t.to.name, firstRow: dup.row });
      continue;
    }
    remember(t.fields.type, end);
    plan.ties.push({ row: t.row, from, to, fields: t.fields });
  }
  plan.report.ties.valid = plan.ties.length;

  const all = [...(actors?.problems ?? []), ...tieProblems];
  plan.report.problems = all.slice(0, PROBLEMS_LISTED_MAX);
  plan.report.truncated = all.length > PROBLEMS_LISTED_MAX;
  plan.problemTotal = all.length;
  return plan;
}
