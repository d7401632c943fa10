import { z } from 'zod';
import { defineCall } from './defineCall';
import { idSchema } from '../domain/clusters/schemas';
import { matrixValues } from '../domain/stakeholders/codes';
import {
  type Actor,
  type MapActor,
  type ResponsibilityMatrix,
  type Snapshot,
  type SnapshotSummary,
  type StakeholderMap,
  type Tie,
  actorFieldsSchema,
  layouts,
  mapSettingsSchema,
  matrixRowLabelSchema,
  positionSchema,
  snapshotFieldsSchema,
  tieFieldsSchema,
} from '../domain/stakeholders/schemas';

/** The most actors or ties one call may touch: a whole map of the size the app is built for, and more. */
export const MAP_BATCH_MAX = 20_000;
/** An import file as it crosses the transport (base64), at most 8 MB of file. */
export const IMPORT_FILE_MAX_BYTES = 8 * 1024 * 1024;

const clusterId = idSchema;
const ids = z.array(idSchema).max(MAP_BATCH_MAX);

/** A file the user picked, as bytes in base64: CSV (UTF-8, comma or semicolon) or XLSX. */
export const importFileSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    base64: z.string().max(Math.ceil((IMPORT_FILE_MAX_BYTES * 4) / 3) + 4, { message: 'validation.fileTooLarge' }),
  })
  .strict();
export type ImportFile = z.infer<typeof importFileSchema>;

/** One problem of an import: which file, row (as a spreadsheet numbers it) and column, and why (a catalog key). */
export interface ImportProblem {
  file: 'actors' | 'ties';
  /** 1-based, counting the header row as 1, as the spreadsheet shows it; 0 for the file as a whole. */
  row: number;
  column: string;
  code: string;
  params?: Record<string, string | number>;
}

/** What an import would do: the rows read, the rows it would write, and every problem. */
export interface ImportReport {
  actors: { rows: number; valid: number; newOnMap: number; alreadyOnMap: number };
  ties: { rows: number; valid: number };
  problems: ImportProblem[];
  /** More problems than the report lists (it keeps the first thousand). */
  truncated: boolean;
}

/** A file the app made for the user to save. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
}

const importInput = z.object({ clusterId, actors: importFileSchema.nullable(), ties: importFileSchema.nullable() }).strict();
const lang = z.enum(['id', 'en']);
const tableFormat = z.enum(['csv', 'xlsx']);

/** The stakeholder map of each cluster, its snapshots and its responsibility matrix (issue 7). */
export const stakeholderCalls = {
  'stakeholders.map': defineCall<StakeholderMap>()(z.object({ clusterId }).strict()),
  /** Every actor of the workspace, with how many maps it stands on. */
  'stakeholders.actors.list': defineCall<(Actor & { mapCount: number })[]>()(z.object({}).strict()),
  /** Creates an actor and places it on the cluster's map. */
  'stakeholders.actors.create': defineCall<MapActor>()(
    z.object({ clusterId, fields: actorFieldsSchema, x: z.number().finite(), y: z.number().finite() }).strict(),
  ),
  'stakeholders.actors.update': defineCall<Actor>()(z.object({ id: idSchema, fields: actorFieldsSchema }).strict()),
  /** Places actors that exist (on other maps) on this cluster's map. */
  'stakeholders.actors.place': defineCall<null>()(z.object({ clusterId, positions: z.array(positionSchema).min(1).max(MAP_BATCH_MAX) }).strict()),
  /**
   * Moves actors on the map: one undoable step however many move (a drag, a layout). With `layout`,
   * the map remembers that layout in the same step.
   */
  'stakeholders.positions.set': defineCall<null>()(
    z.object({ clusterId, positions: z.array(positionSchema).min(1).max(MAP_BATCH_MAX), layout: z.enum(layouts).optional() }).strict(),
  ),
  'stakeholders.ties.create': defineCall<Tie>()(z.object({ clusterId, fields: tieFieldsSchema }).strict()),
  'stakeholders.ties.update': defineCall<Tie>()(z.object({ id: idSchema, fields: tieFieldsSchema }).strict()),
  /**
   * Deletes a selection in one step: the ties, and each actor from this map with its ties here.
   * An actor on no other map is deleted from the workspace; one still on another map stays there.
   */
  'stakeholders.selection.delete': defineCall<null>()(z.object({ clusterId, actorIds: ids, tieIds: ids }).strict()),
  'stakeholders.settings.update': defineCall<StakeholderMap['settings']>()(z.object({ clusterId, settings: mapSettingsSchema }).strict()),

  'stakeholders.snapshots.list': defineCall<SnapshotSummary[]>()(z.object({ clusterId }).strict()),
  'stakeholders.snapshots.get': defineCall<Snapshot>()(z.object({ id: idSchema }).strict()),
  'stakeholders.snapshots.create': defineCall<SnapshotSummary>()(z.object({ clusterId, fields: snapshotFieldsSchema }).strict()),
  'stakeholders.snapshots.update': defineCall<SnapshotSummary>()(z.object({ id: idSchema, fields: snapshotFieldsSchema }).strict()),
  'stakeholders.snapshots.delete': defineCall<null>()(z.object({ id: idSchema }).strict()),

  'stakeholders.matrix.get': defineCall<ResponsibilityMatrix>()(z.object({ clusterId }).strict()),
  'stakeholders.matrix.addRow': defineCall<ResponsibilityMatrix>()(z.object({ clusterId, label: matrixRowLabelSchema }).strict()),
  'stakeholders.matrix.updateRow': defineCall<ResponsibilityMatrix>()(z.object({ id: idSchema, label: matrixRowLabelSchema }).strict()),
  /** Moves a row to another place in the list (0-based). */
  'stakeholders.matrix.moveRow': defineCall<ResponsibilityMatrix>()(z.object({ id: idSchema, position: z.number().int().min(0) }).strict()),
  'stakeholders.matrix.deleteRow': defineCall<ResponsibilityMatrix>()(z.object({ id: idSchema }).strict()),
  /** Sets one cell; null empties it. */
  'stakeholders.matrix.setCell': defineCall<ResponsibilityMatrix>()(
    z.object({ rowId: idSchema, actorId: idSchema, value: z.enum(matrixValues).nullable() }).strict(),
  ),

  /** Reads import files and reports what they would write; writes nothing. */
  'stakeholders.import.check': defineCall<ImportReport>()(importInput),
  /**
   * Writes the valid rows in one undoable step. With problems in the files it writes only when
   * `acceptPartial` says the user accepted leaving the bad rows out.
   */
  'stakeholders.import.apply': defineCall<ImportReport>()(importInput.extend({ acceptPartial: z.boolean() }).strict()),
  /** The map's actors, ties or responsibility matrix as a table file. */
  'stakeholders.export.table': defineCall<ExportedFile>()(
    z.object({ clusterId, what: z.enum(['actors', 'ties', 'matrix']), format: tableFormat, lang }).strict(),
  ),
  /** An empty actors or ties file with the documented columns and an example row. */
  'stakeholders.export.template': defineCall<ExportedFile>()(z.object({ what: z.enum(['actors', 'ties']), format: tableFormat, lang }).strict()),
  /** The map for Gephi and other network tools. */
  'stakeholders.export.graph': defineCall<ExportedFile>()(z.object({ clusterId, format: z.enum(['gexf', 'graphml']) }).strict()),
};

export type StakeholderCallName = keyof typeof stakeholderCalls;
