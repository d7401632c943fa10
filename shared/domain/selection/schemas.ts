import { z } from 'zod';
import { NAME_MAX } from '../clusters/limits';
import { dateSchema } from '../stakeholders/schemas';
import { aggregations, determinants, scoringModes, selectionRules } from './codes';
import type { Aggregation, Determinant, ScoringMode, SelectionRule } from './codes';

/*
 * Rubrics, scoring sessions and scores (issue 8). Messages are catalog keys; the same schemas
 * guard the API, the forms, imported rubrics and the interchange document.
 */

export const DESCRIPTION_MAX = 2_000;
export const NOTE_MAX = 2_000;
/** Enough for any rubric a working group can score in a day, and for the bench's 40 criteria. */
export const CRITERIA_MAX = 100;
export const DIMENSIONS_MAX = 20;
export const CRITERION_MAX_POINTS = 1_000;
export const WEIGHT_MAX = 10;
export const TOP_N_MAX = 100;
/** A session of the size the app is built for (100 candidates × 40 criteria × 15 scorers), and more. */
export const SCORE_BATCH_MAX = 100_000;

const text = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });
const requiredName = z.string().trim().min(1, { message: 'validation.required' }).max(NAME_MAX, { message: 'validation.tooLong' });

/** A short key of a dimension or criterion inside its rubric: scores point at it. */
export const rubricKeySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, { message: 'selection.validation.key' });

/** A weight multiplies a criterion's or dimension's points; 1 is "as scored", 0 leaves it out. */
export const weightSchema = z
  .number({ message: 'validation.number' })
  .finite({ message: 'validation.number' })
  .min(0, { message: 'validation.nonNegative' })
  .max(WEIGHT_MAX, { message: 'selection.validation.weightMax' });

export const criterionSchema = z
  .object({
    id: rubricKeySchema,
    name: requiredName,
    description: text(DESCRIPTION_MAX),
    max: z
      .number({ message: 'validation.number' })
      .int({ message: 'validation.integer' })
      .min(1, { message: 'selection.validation.maxPositive' })
      .max(CRITERION_MAX_POINTS, { message: 'validation.tooLarge' }),
    weight: weightSchema,
    determinant: z.enum(determinants).nullable(),
  })
  .strict();
export type Criterion = z.infer<typeof criterionSchema>;

/** A dimension's criteria must add up to its stated total (JICA: 54 and 36). */
export const dimensionSchema = z
  .object({
    id: rubricKeySchema,
    name: requiredName,
    description: text(DESCRIPTION_MAX),
    total: z
      .number({ message: 'validation.number' })
      .int({ message: 'validation.integer' })
      .min(1)
      .max(CRITERIA_MAX * CRITERION_MAX_POINTS),
    weight: weightSchema,
    /** A dimension the facilitator may switch on or off (social capital). */
    optional: z.boolean(),
    enabled: z.boolean(),
    criteria: z.array(criterionSchema).min(1, { message: 'selection.validation.noCriteria' }).max(CRITERIA_MAX),
  })
  .strict()
  .superRefine((d, ctx) => {
    const sum = d.criteria.reduce((s, c) => s + c.max, 0);
    if (sum !== d.total) ctx.addIssue({ code: 'custom', path: ['total'], message: 'selection.validation.totalMismatch', params: { sum, total: d.total } });
    if (!d.optional && !d.enabled) ctx.addIssue({ code: 'custom', path: ['enabled'], message: 'selection.validation.requiredDimensionOff' });
  });
export type Dimension = z.infer<typeof dimensionSchema>;

export const rubricSchema = z
  .object({
    name: requiredName,
    /** What the rubric rests on, e.g. that JICA's own sub-criteria were not published. */
    note: text(DESCRIPTION_MAX),
    dimensions: z.array(dimensionSchema).min(1, { message: 'selection.validation.noDimensions' }).max(DIMENSIONS_MAX),
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.dimensions.forEach((d, i) => {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'id'], message: 'selection.validation.duplicateKey' });
      seen.add(d.id);
      d.criteria.forEach((c, j) => {
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'criteria', j, 'id'], message: 'selection.validation.duplicateKey' });
        seen.add(c.id);
      });
    });
    if (r.dimensions.reduce((n, d) => n + d.criteria.length, 0) > CRITERIA_MAX)
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'selection.validation.tooManyCriteria' });
    if (!r.dimensions.some((d) => d.enabled)) ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'selection.validation.noDimensionOn' });
  });
export type Rubric = z.infer<typeof rubricSchema>;

/** What the facilitator sets on a session (everything but the rubric, groups, candidates and scorers). */
export const sessionFieldsSchema = z
  .object({
    name: requiredName,
    heldOn: dateSchema.nullable(),
    note: text(NOTE_MAX),
    scoringMode: z.enum(scoringModes),
    /** Hidden mode: nobody's scores are shown until every score is in and the facilitator reveals them. */
    hidden: z.boolean(),
    aggregation: z.enum(aggregations),
    rule: z.enum(selectionRules),
    topN: z.number().int({ message: 'validation.integer' }).min(1, { message: 'selection.validation.topN' }).max(TOP_N_MAX),
    /** Percent of the maximum at or above which a cluster is selected (rule `threshold`). */
    threshold: z
      .number({ message: 'validation.number' })
      .finite()
      .min(0, { message: 'validation.nonNegative' })
      .max(100, { message: 'selection.validation.percent' }),
  })
  .strict();
export type SessionFields = z.infer<typeof sessionFieldsSchema>;

export const groupNameSchema = requiredName;
export const scorerFieldsSchema = z.object({ name: requiredName, actorId: z.string().min(1).max(64).nullable() }).strict();
export type ScorerFields = z.infer<typeof scorerFieldsSchema>;
/** A consensus change always says why (issue 8: "a note for every consensus change"). */
export const consensusNoteSchema = z.string().trim().min(1, { message: 'selection.validation.noteRequired' }).max(NOTE_MAX, { message: 'validation.tooLong' });

/** A score as typed: a finite number of points (checked against its criterion's maximum by the service). */
export const scoreValueSchema = z.number({ message: 'selection.validation.scoreNumber' }).finite({ message: 'selection.validation.scoreNumber' });

export interface RubricSource {
  id: string;
  version: number;
}

export interface Session extends SessionFields {
  id: string;
  rubric: Rubric;
  /** The library rubric it was started from and that rubric's version then; null when written here. */
  rubricSource: RubricSource | null;
  /** Goes up by one every time this session's rubric is changed. */
  rubricVersion: number;
  revealed: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SessionSummary {
  id: string;
  name: string;
  heldOn: string | null;
  scoringMode: ScoringMode;
  hidden: boolean;
  revealed: boolean;
  groups: number;
  candidates: number;
  scorers: number;
  /** Cells with a score (per scorer, or consensus cells in consensus mode) and cells expected. */
  entered: number;
  expected: number;
  updatedAt: string;
}

export interface SelectionGroup {
  id: string;
  name: string;
  position: number;
}

export interface Candidate {
  clusterId: string;
  /** The cluster's name now (clusters are deleted with their candidacies). */
  clusterName: string;
  groupId: string;
  position: number;
}

export interface Scorer {
  id: string;
  name: string;
  /** The actor of a stakeholder map this scorer is; null when typed. */
  actorId: string | null;
  position: number;
}

export interface ScoreCell {
  clusterId: string;
  criterionId: string;
  scorerId: string;
  value: number;
  /** A scorer's id, or {@link FACILITATOR} when the facilitator typed it for them. */
  enteredBy: string;
  enteredAt: string;
}

export interface ConsensusCell {
  clusterId: string;
  criterionId: string;
  value: number;
  note: string;
  enteredAt: string;
}

export interface ScorerProgress {
  scorerId: string;
  entered: number;
  expected: number;
}

/** Everything a session screen shows, as the service lets it be seen. */
export interface SessionState {
  session: Session;
  groups: SelectionGroup[];
  candidates: Candidate[];
  scorers: Scorer[];
  /** In hidden mode before the reveal: only the scores of the scorer asked for (none when no one was). */
  scores: ScoreCell[];
  consensus: ConsensusCell[];
  progress: ScorerProgress[];
  /** True while hidden mode withholds other scorers' scores and the results. */
  withheld: boolean;
}

export interface ScoreLogEntry {
  id: string;
  clusterId: string;
  criterionId: string;
  /** Null for a consensus change. */
  scorerId: string | null;
  /** Null when the score was cleared. */
  value: number | null;
  previous: number | null;
  enteredBy: string;
  at: string;
  note: string;
}

export interface RubricSummary {
  id: string;
  name: string;
  version: number;
  dimensions: number;
  criteria: number;
  updatedAt: string;
}

export interface StoredRubric extends RubricSummary {
  rubric: Rubric;
}

export type { Aggregation, Determinant, ScoringMode, SelectionRule };
