import { z } from 'zod';
import { NAME_MAX, TEXT_MAX } from '../clusters/limits';
import { idSchema } from '../clusters/schemas';
import { SCORE_MAX, SCORE_MIN, TIE_SCALE_MAX, TIE_SCALE_MIN, actorKinds, attitudes, levels, matrixValues, roles, sectors, tieTypes } from './codes';

/*
 * Validation messages are catalog keys (`validation.*`), as in the cluster schemas: the same
 * schema guards the API boundary, the forms and every imported row.
 */

const text = (max = NAME_MAX) => z.string().trim().max(max, { message: 'validation.tooLong' });
const requiredName = z.string().trim().min(1, { message: 'validation.required' }).max(NAME_MAX, { message: 'validation.tooLong' });

const scale = (min: number, max: number, message: string) =>
  z.number({ message: 'validation.number' }).int({ message }).min(min, { message }).max(max, { message });

/** Influence and interest, 0–5. */
export const scoreSchema = scale(SCORE_MIN, SCORE_MAX, 'validation.score0to5');
/** Strength and trust of a tie, 1–5. */
export const tieScaleSchema = scale(TIE_SCALE_MIN, TIE_SCALE_MAX, 'validation.scale1to5');

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const dateSchema = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'validation.date',
  });

/** What a person enters about an actor. */
export const actorFieldsSchema = z
  .object({
    name: requiredName,
    kind: z.enum(actorKinds),
    sector: z.enum(sectors),
    level: z.enum(levels),
    insideCluster: z.boolean(),
    role: z.enum(roles).nullable(),
    influence: scoreSchema,
    interest: scoreSchema,
    attitude: z.enum(attitudes),
    /** SMEs only: willing and passionate to upgrade (JICA's growth seeds). */
    potentiallyViable: z.boolean(),
    /** SMEs only: a leading firm of the cluster. */
    leadingFirm: z.boolean(),
    contact: text(),
    notes: text(TEXT_MAX),
  })
  .strict();
export type ActorFields = z.infer<typeof actorFieldsSchema>;

/** An actor of the workspace; it may stand on several clusters' maps. */
export type Actor = ActorFields & { id: string; createdAt: string; updatedAt: string };

/** An actor as one cluster's map shows it: where it stands. */
export type MapActor = Actor & { x: number; y: number };

/** What a person enters about a tie between two actors of a map. */
export const tieFieldsSchema = z
  .object({
    from: idSchema,
    to: idSchema,
    type: z.enum(tieTypes),
    directed: z.boolean(),
    strength: tieScaleSchema,
    /** Unknown until someone asks; never read as the lowest. */
    trust: tieScaleSchema.nullable(),
    formal: z.boolean(),
    since: dateSchema.nullable(),
    notes: text(TEXT_MAX),
  })
  .strict();
export type TieFields = z.infer<typeof tieFieldsSchema>;

/** A tie on one cluster's map. */
export type Tie = TieFields & { id: string; clusterId: string; createdAt: string; updatedAt: string };

/** How a cluster's map is read: ties as directed or not in the metrics, and the last layout. */
export const layouts = ['free', 'force', 'sectorRings', 'insideOutside', 'powerInterest'] as const;
export type Layout = (typeof layouts)[number];
export const mapSettingsSchema = z.object({ directed: z.boolean(), layout: z.enum(layouts) }).strict();
export type MapSettings = z.infer<typeof mapSettingsSchema>;
export const defaultMapSettings: MapSettings = { directed: false, layout: 'free' };

/** One cluster's stakeholder map, whole. */
export interface StakeholderMap {
  clusterId: string;
  settings: MapSettings;
  actors: MapActor[];
  ties: Tie[];
}

/** A position on the map's plane (React Flow's flow coordinates). */
export const positionSchema = z.object({ actorId: idSchema, x: z.number().finite().min(-1e7).max(1e7), y: z.number().finite().min(-1e7).max(1e7) }).strict();
export type Position = z.infer<typeof positionSchema>;

/** A dated, frozen copy of a map: what monitoring compares. */
export interface SnapshotSummary {
  id: string;
  clusterId: string;
  label: string;
  takenOn: string;
  createdAt: string;
  actorCount: number;
  tieCount: number;
}
export interface Snapshot extends SnapshotSummary {
  settings: MapSettings;
  actors: MapActor[];
  ties: Tie[];
}
export const snapshotFieldsSchema = z.object({ label: requiredName, takenOn: dateSchema }).strict();

/** The responsibility matrix (JICA Table 4.1): rows of strategies or programs, cells per actor. */
export interface MatrixRow {
  id: string;
  clusterId: string;
  label: string;
  position: number;
}
export interface MatrixCell {
  rowId: string;
  actorId: string;
  value: (typeof matrixValues)[number];
}
export interface ResponsibilityMatrix {
  rows: MatrixRow[];
  cells: MatrixCell[];
}
export const matrixRowLabelSchema = requiredName;
