import { z } from 'zod';
import { idSchema } from '../clusters/schemas';
import type { InterchangeSectionSpec, Place } from '../workspace/interchange';
import { NOTE_MAX, consensusNoteSchema, groupNameSchema, rubricKeySchema, rubricSchema, scorerFieldsSchema, sessionFieldsSchema } from './schemas';
import { refineSelection } from './interchangeRefine';

/** When a record was made or last changed, as the app writes it (ISO 8601). */
const timestamp = z.iso.datetime({ offset: true, message: 'validation.timestamp' });
const position = z.number().int().min(0);
const points = z.number({ message: 'validation.number' }).finite({ message: 'validation.number' }).min(0, { message: 'validation.nonNegative' });

const documentRubric = z.object({ id: idSchema, version: z.number().int().min(1), rubric: rubricSchema, createdAt: timestamp, updatedAt: timestamp }).strict();
/** A session holds its own rubric whole: scores refer to it, not to the library. */
const documentSession = sessionFieldsSchema
  .extend({
    id: idSchema,
    rubric: rubricSchema,
    rubricVersion: z.number().int().min(1),
    rubricSource: z
      .object({ id: idSchema, version: z.number().int().min(1) })
      .strict()
      .nullable(),
    revealed: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();
const documentGroup = z.object({ id: idSchema, sessionId: idSchema, name: groupNameSchema, position }).strict();
const documentCandidate = z.object({ sessionId: idSchema, clusterId: idSchema, groupId: idSchema, position }).strict();
const documentScorer = scorerFieldsSchema.extend({ id: idSchema, sessionId: idSchema, position }).strict();
const documentScore = z
  .object({
    sessionId: idSchema,
    clusterId: idSchema,
    criterionId: rubricKeySchema,
    scorerId: idSchema,
    value: points,
    enteredBy: idSchema,
    enteredAt: timestamp,
  })
  .strict();
const documentConsensus = z
  .object({ sessionId: idSchema, clusterId: idSchema, criterionId: rubricKeySchema, value: points, note: consensusNoteSchema, enteredAt: timestamp })
  .strict();
/** The log is history: it may name candidates, scorers and criteria that are gone since. */
const documentLogEntry = z
  .object({
    id: idSchema,
    sessionId: idSchema,
    clusterId: idSchema,
    criterionId: z.string().min(1).max(64),
    scorerId: idSchema.nullable(),
    value: points.nullable(),
    previous: points.nullable(),
    enteredBy: idSchema,
    at: timestamp,
    note: z.string().max(NOTE_MAX, { message: 'validation.tooLong' }),
  })
  .strict();

/** The site-selection sections of a document (format version 3 and later). */
export type SelectionSection = {
  selectionRubrics: z.infer<typeof documentRubric>[];
  selectionSessions: z.infer<typeof documentSession>[];
  selectionGroups: z.infer<typeof documentGroup>[];
  selectionCandidates: z.infer<typeof documentCandidate>[];
  selectionScorers: z.infer<typeof documentScorer>[];
  selectionScores: z.infer<typeof documentScore>[];
  selectionConsensus: z.infer<typeof documentConsensus>[];
  selectionScoreLog: z.infer<typeof documentLogEntry>[];
};

/** The sections a version-2 document lacks, empty: an upgraded document reads as a workspace without sessions. */
export const emptySelectionSection = (): SelectionSection => ({
  selectionRubrics: [],
  selectionSessions: [],
  selectionGroups: [],
  selectionCandidates: [],
  selectionScorers: [],
  selectionScores: [],
  selectionConsensus: [],
  selectionScoreLog: [],
});

type Raw = Partial<Record<string, unknown>>;
const list = (raw: unknown, key: string): Raw[] => {
  const value = (raw as Raw | null)?.[key];
  return Array.isArray(value) ? (value as Raw[]) : [];
};
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A record's name as the document gives it, else its id (else "?"): what a person can look for. */
const nameIn = (raw: unknown, key: string, id: unknown): string => text(list(raw, key).find((r) => r.id === id)?.name) || text(id) || '?';

/** Names where a problem is as a person knows it: the how-many-th session, score … with its names. */
function placeOf(path: readonly PropertyKey[], raw: unknown): Place | null {
  const [key, index, ...rest] = path;
  if (typeof key !== 'string' || typeof index !== 'number') return null;
  const record = list(raw, key)[index] ?? {};
  const place = { row: String(index + 1), field: rest.map(String).join('.') };
  const session = nameIn(raw, 'selectionSessions', record.sessionId);
  const cluster = nameIn(raw, 'clusters', record.clusterId);
  const criterion = text(record.criterionId) || '?';
  switch (key) {
    case 'selectionRubrics':
      return { where: 'validation.whereSelectionRubric', name: text((record.rubric as Raw | undefined)?.name) || text(record.id) || '?', ...place };
    case 'selectionSessions':
      return { where: 'validation.whereSelectionSession', name: text(record.name) || text(record.id) || '?', ...place };
    case 'selectionGroups':
      return { where: 'validation.whereSelectionGroup', name: text(record.name), session, ...place };
    case 'selectionCandidates':
      return { where: 'validation.whereSelectionCandidate', cluster, session, ...place };
    case 'selectionScorers':
      return { where: 'validation.whereSelectionScorer', name: text(record.name), session, ...place };
    case 'selectionScores':
      return { where: 'validation.whereSelectionScore', scorer: nameIn(raw, 'selectionScorers', record.scorerId), cluster, criterion, session, ...place };
    case 'selectionConsensus':
      return { where: 'validation.whereSelectionConsensus', cluster, criterion, session, ...place };
    case 'selectionScoreLog':
      return { where: 'validation.whereSelectionLog', session, ...place };
    default:
      return null;
  }
}

/** The site-selection sections: strict at every level, with every reference and maximum checked. */
export const selectionInterchange: InterchangeSectionSpec = {
  shape: {
    selectionRubrics: z.array(documentRubric),
    selectionSessions: z.array(documentSession),
    selectionGroups: z.array(documentGroup),
    selectionCandidates: z.array(documentCandidate),
    selectionScorers: z.array(documentScorer),
    selectionScores: z.array(documentScore),
    selectionConsensus: z.array(documentConsensus),
    selectionScoreLog: z.array(documentLogEntry),
  },
  refine: refineSelection,
  placeOf,
  // Version 2 had no site selection: its documents read as workspaces without sessions.
  upgrades: { 2: (doc) => ({ ...emptySelectionSection(), ...doc }) },
};
