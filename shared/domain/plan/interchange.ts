import { z } from 'zod';
import { idSchema } from '../clusters/schemas';
import { NAME_MAX } from '../clusters/limits';
import type { InterchangeSectionSpec, Place } from '../workspace/interchange';
import { builtinFundingSources } from './codes';
import {
  ROWS_MAX,
  TEXT_MAX,
  mediumStrategySchema,
  planHeaderFieldsSchema,
  programSchema,
  participantSchema,
  versionLabelSchema,
  whyLinkSchema,
} from './schemas';
import type { PlanDoc } from './types';

/*
 * The plan's sections of the interchange document (format version 4). A plan, a strategy and a
 * program carry their rows inline, as the API saves them, plus the cluster, their place in the
 * list and the names, codes and texts they last saw of the actors, SWOT items and TOWS strategies
 * they cite. Those references are not checked against the document: they may point at records
 * deleted since, by design, and the plan then shows the stored name marked deleted.
 */

/** When a record was made or last changed, as the app writes it (ISO 8601). */
const timestamp = z.iso.datetime({ offset: true, message: 'validation.timestamp' });
const position = z.number().int().min(0);
const cachedCode = z.string().max(16);
const cachedText = z.string().max(TEXT_MAX);

/** A cluster's plan: the header with its targets and approvals (the plan's id is its cluster's). */
const documentPlan = planHeaderFieldsSchema.extend({ clusterId: idSchema, createdAt: timestamp, updatedAt: timestamp }).strict();

/** A 3-year strategy with its indicators and the code and text of the TOWS strategy it came from, as last seen. */
const documentStrategy = mediumStrategySchema
  .extend({ clusterId: idSchema, position, towsCode: cachedCode, towsText: cachedText, createdAt: timestamp, updatedAt: timestamp })
  .strict();

/** A WHY link with the code and text of what it cites, as last seen. */
const documentLink = whyLinkSchema.extend({ code: cachedCode, text: cachedText }).strict();

/** A 1-year program with every row inside it; `leadName` and the participants' names are the names last seen. */
const documentProgram = programSchema
  .extend({ clusterId: idSchema, position, links: z.array(documentLink).max(ROWS_MAX), createdAt: timestamp, updatedAt: timestamp })
  .strict();

/** A funding source of the workspace's list: built in (with its key) or the facilitator's own (with a name). */
const documentFundingSource = z
  .object({ id: idSchema, key: z.enum(builtinFundingSources).nullable(), name: z.string().trim().max(NAME_MAX), position })
  .strict();

const whyRefSchema = whyLinkSchema.extend({ code: cachedCode, text: cachedText, deleted: z.boolean() }).strict();
const actorRefSchema = z.object({ actorId: idSchema.nullable(), name: z.string().max(NAME_MAX), deleted: z.boolean() }).strict();

/** A frozen copy of a plan (`PlanDoc`), as stored in a version: self-contained, its references already resolved. */
export const planDocSchema = z
  .object({
    clusterId: idSchema,
    clusterName: z.string().max(NAME_MAX),
    header: planHeaderFieldsSchema.extend({ updatedAt: timestamp.nullable() }).strict(),
    strategies: z.array(mediumStrategySchema.extend({ tows: whyRefSchema.nullable() }).strict()),
    programs: z.array(
      programSchema
        .extend({
          links: z.array(whyRefSchema),
          participants: z.array(participantSchema.extend({ name: z.string().max(NAME_MAX), deleted: z.boolean() }).strict()),
          lead: actorRefSchema.nullable(),
        })
        .strict(),
    ),
    funding: z.array(documentFundingSource),
  })
  .strict();

/** A frozen version: when, under which label, its program count and total, and the plan as it was. */
const documentVersion = z
  .object({
    id: idSchema,
    clusterId: idSchema,
    label: versionLabelSchema,
    frozenAt: timestamp,
    programs: z.number().int().min(0),
    total: z.number().int().min(0),
    doc: planDocSchema,
  })
  .strict();

export type DocumentPlan = z.infer<typeof documentPlan>;
export type DocumentPlanStrategy = z.infer<typeof documentStrategy>;
export type DocumentPlanProgram = z.infer<typeof documentProgram>;
export type DocumentFundingSource = z.infer<typeof documentFundingSource>;
export type DocumentPlanVersion = Omit<z.infer<typeof documentVersion>, 'doc'> & { doc: PlanDoc };

/** The plan sections of a document (format version 4 and later). */
export type PlanSection = {
  plans: DocumentPlan[];
  planStrategies: DocumentPlanStrategy[];
  planPrograms: DocumentPlanProgram[];
  fundingSources: DocumentFundingSource[];
  planVersions: DocumentPlanVersion[];
};

/** The ten built-in funding sources, not renamed, in JICA's order: what every new workspace starts with. */
export const builtinFundingRows = (): DocumentFundingSource[] => builtinFundingSources.map((key, i) => ({ id: `fs-${key}`, key, name: '', position: i }));

/** The sections a version-3 document lacks: no plans, and the built-in funding sources. */
export const emptyPlanSection = (): PlanSection => ({
  plans: [],
  planStrategies: [],
  planPrograms: [],
  fundingSources: builtinFundingRows(),
  planVersions: [],
});

type Issue = (path: PropertyKey[], message: string) => void;

/** Ids must be unique across a whole table, whichever record holds the row. */
function uniqueRows(issue: Issue, seen: Set<string>, rows: readonly { id: string }[], path: PropertyKey[]): void {
  for (const [i, row] of rows.entries()) {
    if (seen.has(row.id)) issue([...path, i, 'id'], 'validation.duplicateId');
    seen.add(row.id);
  }
}

/**
 * Refuses what the app never writes: a plan of an unknown cluster or a second plan of one, a
 * strategy, program or version without its cluster's plan, repeated ids (row ids are unique per
 * table across all plans), a program serving another plan's strategy, a budget line paid from an
 * unknown source or tied to another program's activity, a built-in source twice, a custom source
 * without a name.
 */
function refine(doc: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const d = doc as unknown as PlanSection & { clusters?: { id: string }[] };
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', message, path });
  const clusters = new Set((d.clusters ?? []).map((c) => c.id));

  const plans = new Set<string>();
  const targets = new Set<string>();
  const approvals = new Set<string>();
  for (const [i, p] of d.plans.entries()) {
    if (!clusters.has(p.clusterId)) issue(['plans', i, 'clusterId'], 'validation.unknownCluster');
    if (plans.has(p.clusterId)) issue(['plans', i, 'clusterId'], 'plan.validation.duplicatePlan');
    plans.add(p.clusterId);
    uniqueRows(issue, targets, p.targets, ['plans', i, 'targets']);
    uniqueRows(issue, approvals, p.approvals, ['plans', i, 'approvals']);
  }

  const strategyCluster = new Map<string, string>();
  const strategyIndicators = new Set<string>();
  for (const [i, s] of d.planStrategies.entries()) {
    if (!plans.has(s.clusterId)) issue(['planStrategies', i, 'clusterId'], 'plan.validation.unknownPlan');
    if (strategyCluster.has(s.id)) issue(['planStrategies', i, 'id'], 'validation.duplicateId');
    strategyCluster.set(s.id, s.clusterId);
    uniqueRows(issue, strategyIndicators, s.indicators, ['planStrategies', i, 'indicators']);
  }

  const sources = new Set<string>();
  const keys = new Set<string>();
  for (const [i, f] of d.fundingSources.entries()) {
    if (sources.has(f.id)) issue(['fundingSources', i, 'id'], 'validation.duplicateId');
    sources.add(f.id);
    if (f.key !== null && keys.has(f.key)) issue(['fundingSources', i, 'key'], 'plan.validation.duplicateFundingKey');
    if (f.key !== null) keys.add(f.key);
    if (f.key === null && f.name === '') issue(['fundingSources', i, 'name'], 'validation.required');
  }

  const programs = new Set<string>();
  const rows = { participants: new Set<string>(), activities: new Set<string>(), indicators: new Set<string>(), budget: new Set<string>() };
  for (const [i, p] of d.planPrograms.entries()) {
    const at = ['planPrograms', i];
    if (!plans.has(p.clusterId)) issue([...at, 'clusterId'], 'plan.validation.unknownPlan');
    if (programs.has(p.id)) issue([...at, 'id'], 'validation.duplicateId');
    programs.add(p.id);
    if (p.strategyId !== null && strategyCluster.get(p.strategyId) !== p.clusterId) issue([...at, 'strategyId'], 'plan.validation.unknownStrategy');
    const cited = new Set<string>();
    for (const [j, l] of p.links.entries()) {
      if (cited.has(`${l.kind}/${l.targetId}`)) issue([...at, 'links', j, 'targetId'], 'plan.validation.duplicateLink');
      cited.add(`${l.kind}/${l.targetId}`);
    }
    for (const key of ['participants', 'activities', 'indicators', 'budget'] as const) uniqueRows(issue, rows[key], p[key], [...at, key]);
    const activities = new Set(p.activities.map((a) => a.id));
    for (const [j, b] of p.budget.entries()) {
      if (!sources.has(b.sourceId)) issue([...at, 'budget', j, 'sourceId'], 'plan.validation.unknownFundingSource');
      if (b.activityId !== null && !activities.has(b.activityId)) issue([...at, 'budget', j, 'activityId'], 'plan.validation.otherActivity');
    }
  }

  const versions = new Set<string>();
  for (const [i, v] of d.planVersions.entries()) {
    if (!plans.has(v.clusterId)) issue(['planVersions', i, 'clusterId'], 'plan.validation.unknownPlan');
    if (versions.has(v.id)) issue(['planVersions', i, 'id'], 'validation.duplicateId');
    versions.add(v.id);
  }
}

type Raw = Partial<Record<string, unknown>>;
const list = (raw: unknown, key: string): Raw[] => {
  const value = (raw as Raw | null)?.[key];
  return Array.isArray(value) ? (value as Raw[]) : [];
};
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const clusterName = (raw: unknown, id: unknown): string => text(list(raw, 'clusters').find((c) => c.id === id)?.name) || text(id) || '?';

const whereKeys: Record<keyof PlanSection, string> = {
  plans: 'plan.validation.wherePlan',
  planStrategies: 'plan.validation.whereStrategy',
  planPrograms: 'plan.validation.whereProgram',
  fundingSources: 'plan.validation.whereFundingSource',
  planVersions: 'plan.validation.whereVersion',
};

/** Names where a problem is as a person knows it: the how-many-th program, strategy … with its cluster and name. */
function placeOf(path: readonly PropertyKey[], raw: unknown): Place | null {
  const [key, index, ...rest] = path;
  const where = typeof key === 'string' ? whereKeys[key as keyof PlanSection] : undefined;
  if (!where || typeof index !== 'number') return null;
  const record = list(raw, key as string)[index] ?? {};
  return {
    where,
    row: String(index + 1),
    field: rest.map(String).join('.'),
    cluster: clusterName(raw, record.clusterId),
    name: text(record.name) || text(record.text) || text(record.label) || text(record.key) || text(record.id),
  };
}

/** The plan sections: strict at every level, with clusters, plans, strategies, sources and activities checked. */
export const planInterchange: InterchangeSectionSpec = {
  shape: {
    plans: z.array(documentPlan),
    planStrategies: z.array(documentStrategy),
    planPrograms: z.array(documentProgram),
    fundingSources: z.array(documentFundingSource),
    planVersions: z.array(documentVersion),
  },
  refine,
  placeOf,
  // Version 3 had no plans: its documents read as workspaces with no plan and the built-in funding sources.
  upgrades: { 3: (doc) => ({ ...emptyPlanSection(), ...doc }) },
};
