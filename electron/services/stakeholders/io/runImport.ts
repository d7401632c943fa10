import crypto from 'node:crypto';
import { AppError } from '../../../../shared/contract/errors';
import { IMPORT_FILE_MAX_BYTES, type ImportFile, type ImportReport } from '../../../../shared/contract/stakeholders';
import type { Sector } from '../../../../shared/domain/stakeholders/codes';
import type { ParsedTable } from '../../../../shared/domain/stakeholders/io/importColumns';
import { arrangeNewActors } from '../../../../shared/domain/stakeholders/io/arrangeNewActors';
import { type ActorRef, type ImportPlan, planImport } from '../../../../shared/domain/stakeholders/io/planImport';
import { type ActorRowsRead, readActorRows } from '../../../../shared/domain/stakeholders/io/readActorRows';
import { type TieRowsRead, readTieRows } from '../../../../shared/domain/stakeholders/io/readTieRows';
import type { Logger } from '../../types';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import type { WorkspaceSession } from '../../workspace/WorkspaceSession';
import { insertActor, placeActor } from '../actorRepository';
import { readMap } from '../mapRepository';
import { insertTie } from '../tieRepository';
import { parseOffThread } from './parseOffThread';

/** The two files of an import as read: each null when not given. */
export interface ImportFilesRead {
  actors: ActorRowsRead | null;
  ties: TieRowsRead | null;
}

/**
 * The last files read, by a hash of their name and bytes: the dialog checks a file and then
 * applies the same one, and reading a large XLSX twice would double the wait. Only the parse is
 * kept; the rows are checked against the map again on every call.
 */
const recent = new Map<string, ParsedTable>();
const RECENT_MAX = 4;

async function parseFile(file: ImportFile, log: Logger): Promise<ParsedTable> {
  const key = crypto.createHash('sha256').update(file.fileName).update('\u0000').update(file.base64).digest('hex');
  const kept = recent.get(key);
  if (kept) return kept;
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > IMPORT_FILE_MAX_BYTES) throw new AppError('invalidInput', { field: file.fileName, detail: 'validation.fileTooLarge' });
  const table = await parseOffThread(file.fileName, bytes, (message, data) => log('warn', message, data));
  recent.set(key, table);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return table;
}

/** Reads the files (off the main thread) and checks every row on its own; nothing about the map yet. */
export async function readImportFiles(input: { actors: ImportFile | null; ties: ImportFile | null }, log: Logger): Promise<ImportFilesRead> {
  if (!input.actors && !input.ties) throw new AppError('importNothing');
  const [actors, ties] = await Promise.all([
    input.actors ? parseFile(input.actors, log).then(readActorRows) : null,
    input.ties ? parseFile(input.ties, log).then(readTieRows) : null,
  ]);
  return { actors, ties };
}

interface Target {
  plan: ImportPlan;
  positions: { x: number; y: number }[];
  sectorOf: Map<string, Sector>;
}

/** Checks the rows against the cluster's map as it is now (clusterMissing when there is none). */
function planOn(r: WorkspaceReader, clusterId: string, read: ImportFilesRead): Target {
  const map = readMap(r, clusterId);
  const workspace = r.all<{ id: string; name: string; sector: Sector }>('SELECT id, name, sector FROM actors ORDER BY created_at, id');
  const plan = planImport(read.actors, read.ties, { onMap: map.actors, workspace, ties: map.ties });
  return { plan, positions: map.actors, sectorOf: new Map(workspace.map((a) => [a.id, a.sector])) };
}

/** The report an import would give: reads the files and the map, writes nothing. */
export function checkImport(r: WorkspaceReader, clusterId: string, read: ImportFilesRead): ImportReport {
  return planOn(r, clusterId, read).plan.report;
}

/**
 * Writes the import's valid rows in one edit (one undo step): new actors and actors of other
 * maps placed around the map's actors by sector, then the ties. With problems it writes only
 * when the user accepted leaving the bad rows out. The plan is made and written without a pause
 * between, so the map it was checked against is the map it is written to.
 */
export function applyImport(session: WorkspaceSession, clusterId: string, read: ImportFilesRead, acceptPartial: boolean): ImportReport {
  const { plan, positions, sectorOf } = planOn(session.reader, clusterId, read);
  if (plan.problemTotal > 0 && !acceptPartial) throw new AppError('importHasProblems', { count: plan.problemTotal });
  if (plan.newActors.length + plan.placeActors.length + plan.ties.length === 0) return plan.report;
  const spots = arrangeNewActors(positions, [
    ...plan.newActors.map((a) => a.fields.sector),
    ...plan.placeActors.map((p) => sectorOf.get(p.actorId) ?? 'community'),
  ]);
  const label = { key: 'stakeholders.history.import', params: { actors: String(plan.report.actors.newOnMap), ties: String(plan.ties.length) } };
  // One moment for every row of the import: it is one edit.
  const now = new Date().toISOString();
  const stamp = { createdAt: now, updatedAt: now };
  session.edit(label, (w) => {
    const newIds = plan.newActors.map((a, i) => {
      const id = insertActor(w, a.fields, stamp);
      placeActor(w, clusterId, id, spots[i]!.x, spots[i]!.y);
      return id;
    });
    plan.placeActors.forEach((p, i) => {
      const spot = spots[plan.newActors.length + i]!;
      placeActor(w, clusterId, p.actorId, spot.x, spot.y);
    });
    const idOf = (ref: ActorRef) => ('id' in ref ? ref.id : newIds[ref.newIndex]!);
    for (const t of plan.ties) insertTie(w, clusterId, { ...t.fields, from: idOf(t.from), to: idOf(t.to) }, stamp);
  });
  return plan.report;
}
