import { z } from 'zod';
import { defineCall } from './defineCall';
import { type ExportedFile, importFileSchema } from './stakeholders';
import { idSchema } from '../domain/clusters/schemas';
import {
  type RubricSummary,
  type ScoreLogEntry,
  type Session,
  type SessionState,
  type SessionSummary,
  type StoredRubric,
  SCORE_BATCH_MAX,
  consensusNoteSchema,
  groupNameSchema,
  rubricKeySchema,
  rubricSchema,
  scoreValueSchema,
  scorerFieldsSchema,
  sessionFieldsSchema,
} from '../domain/selection/schemas';
import { FACILITATOR } from '../domain/selection/codes';

const sessionId = idSchema;
const lang = z.enum(['id', 'en']);

/** One cell as typed or pasted; null clears it (the score is missing again). */
const scoreInputSchema = z.object({ clusterId: idSchema, criterionId: rubricKeySchema, value: scoreValueSchema.nullable() }).strict();
/** A block of cells written in one step: one typed cell up to a whole pasted sheet. */
const cellBlockSchema = z.array(scoreInputSchema).min(1).max(SCORE_BATCH_MAX);

/** Site selection (issue 8): rubrics, scoring sessions, scores, consensus and exports. */
export const selectionCalls = {
  'selection.sessions.list': defineCall<SessionSummary[]>()(z.object({}).strict()),
  /** Starts a session with a copy of a rubric (a library rubric's `source` is remembered with its version). */
  'selection.sessions.create': defineCall<SessionSummary>()(
    z
      .object({
        fields: sessionFieldsSchema,
        rubric: rubricSchema,
        source: z
          .object({ id: idSchema, version: z.number().int().min(1) })
          .strict()
          .nullable(),
      })
      .strict(),
  ),
  'selection.sessions.update': defineCall<Session>()(z.object({ id: sessionId, fields: sessionFieldsSchema }).strict()),
  'selection.sessions.delete': defineCall<null>()(z.object({ id: sessionId }).strict()),
  /**
   * The session as `asScorer` may see it: in hidden mode before the reveal, only that scorer's
   * own scores (none for null) and no consensus.
   */
  'selection.sessions.get': defineCall<SessionState>()(z.object({ id: sessionId, asScorer: idSchema.nullable() }).strict()),
  /**
   * Replaces the session's rubric (its version goes up by one). Scores of criteria that are gone,
   * or above a criterion's new maximum, are deleted in the same step.
   */
  'selection.sessions.setRubric': defineCall<Session>()(z.object({ id: sessionId, rubric: rubricSchema }).strict()),
  /** Shows every score of a hidden session; refused (`scoresIncomplete`) until every score is in. */
  'selection.sessions.reveal': defineCall<Session>()(z.object({ id: sessionId }).strict()),

  'selection.groups.add': defineCall<SessionState>()(z.object({ sessionId, name: groupNameSchema }).strict()),
  'selection.groups.rename': defineCall<SessionState>()(z.object({ id: idSchema, name: groupNameSchema }).strict()),
  'selection.groups.move': defineCall<SessionState>()(z.object({ id: idSchema, position: z.number().int().min(0) }).strict()),
  /** Deletes a group with its candidates and their scores, in one step. */
  'selection.groups.delete': defineCall<SessionState>()(z.object({ id: idSchema }).strict()),

  /** Adds clusters of the workspace as candidates of a group; a cluster already in the session is refused (`duplicateCandidate`). */
  'selection.candidates.add': defineCall<SessionState>()(z.object({ sessionId, groupId: idSchema, clusterIds: z.array(idSchema).min(1).max(1_000) }).strict()),
  /** Moves a candidate to another group or place (0-based) in it. */
  'selection.candidates.move': defineCall<SessionState>()(
    z.object({ sessionId, clusterId: idSchema, groupId: idSchema, position: z.number().int().min(0) }).strict(),
  ),
  'selection.candidates.remove': defineCall<SessionState>()(z.object({ sessionId, clusterId: idSchema }).strict()),

  'selection.scorers.add': defineCall<SessionState>()(z.object({ sessionId, fields: scorerFieldsSchema }).strict()),
  'selection.scorers.update': defineCall<SessionState>()(z.object({ id: idSchema, fields: scorerFieldsSchema }).strict()),
  /** Removes a scorer with their scores, in one step. */
  'selection.scorers.remove': defineCall<SessionState>()(z.object({ id: idSchema }).strict()),

  /**
   * Sets a block of one scorer's cells in one undoable step (a typed cell, a pasted block).
   * Every value is checked first (0 to the criterion's maximum, `scoreOutOfRange`); nothing is
   * written when one fails. `enteredBy` is the scorer, or the facilitator typing for them.
   */
  'selection.scores.set': defineCall<SessionState>()(
    z
      .object({
        sessionId,
        scorerId: idSchema,
        enteredBy: z.union([idSchema, z.literal(FACILITATOR)]),
        cells: cellBlockSchema,
      })
      .strict(),
  ),
  /** Sets (or with null clears) the consensus score of one cell; a note says why, always. */
  'selection.consensus.set': defineCall<SessionState>()(
    z.object({ sessionId, clusterId: idSchema, criterionId: rubricKeySchema, value: scoreValueSchema.nullable(), note: consensusNoteSchema }).strict(),
  ),
  /**
   * Sets (or with null clears) a block of consensus cells in one undoable step, with one note for
   * them all (a pasted block). Every cell is checked as `consensus.set` checks one; nothing is
   * written when one fails.
   */
  'selection.consensus.setMany': defineCall<SessionState>()(z.object({ sessionId, note: consensusNoteSchema, cells: cellBlockSchema }).strict()),
  /** Who entered what and when, newest first; one cell's history when the cell is given. */
  'selection.log.list': defineCall<ScoreLogEntry[]>()(
    z.object({ sessionId, clusterId: idSchema.optional(), criterionId: rubricKeySchema.optional() }).strict(),
  ),

  'selection.rubrics.list': defineCall<RubricSummary[]>()(z.object({}).strict()),
  'selection.rubrics.get': defineCall<StoredRubric>()(z.object({ id: idSchema }).strict()),
  /** Saves a rubric to the library: a new one (id null) at version 1, or the next version of one. */
  'selection.rubrics.save': defineCall<StoredRubric>()(z.object({ id: idSchema.nullable(), rubric: rubricSchema }).strict()),
  'selection.rubrics.delete': defineCall<null>()(z.object({ id: idSchema }).strict()),
  /** A library rubric as a file to use in another workspace (`.sentra-rubric.json`). */
  'selection.rubrics.export': defineCall<ExportedFile>()(z.object({ id: idSchema }).strict()),
  /** Reads a rubric file into the library; a file that is not a valid rubric is refused with where and why. */
  'selection.rubrics.import': defineCall<StoredRubric>()(z.object({ file: importFileSchema }).strict()),

  /** The results in the layout of Table 3.1 (group, cluster, dimensions, total, %, rank, selected); refused while the scores are hidden or invalid. */
  'selection.export.results': defineCall<ExportedFile>()(z.object({ sessionId, format: z.enum(['csv', 'xlsx']), lang }).strict()),
};

export type SelectionCallName = keyof typeof selectionCalls;
