import { z } from 'zod';
import { idSchema } from '../clusters/schemas';
import type { InterchangeSectionSpec, Place } from '../workspace/interchange';
import { DEFAULT_DOTS, DOTS_MAX } from './codes';
import { linkFits } from './linkRules';
import { type SwotItem, type SwotVoter, type TowsStrategy, dotsPerVoterSchema, strategyFieldsSchema, swotItemFieldsSchema, voterFieldsSchema } from './schemas';

/** When a record was made or last changed, as the app writes it (ISO 8601). */
const timestamp = z.iso.datetime({ offset: true, message: 'validation.timestamp' });
const position = z.number().int().min(0);

const documentBoard = z.object({ clusterId: idSchema, dotsPerVoter: dotsPerVoterSchema }).strict();
const documentItem = swotItemFieldsSchema.extend({ id: idSchema, clusterId: idSchema, position, createdAt: timestamp, updatedAt: timestamp }).strict();
const documentVoter = voterFieldsSchema.extend({ id: idSchema, clusterId: idSchema, position }).strict();
const documentVote = z.object({ itemId: idSchema, voterId: idSchema, dots: z.number().int().min(1).max(DOTS_MAX) }).strict();
/** A strategy carries its links inline, in order: the ids of the SWOT items behind it. */
const documentStrategy = strategyFieldsSchema.extend({ id: idSchema, clusterId: idSchema, position, createdAt: timestamp, updatedAt: timestamp }).strict();

/** The SWOT and TOWS sections of a document (format version 3 and later). */
export type SwotSection = {
  swotBoards: z.infer<typeof documentBoard>[];
  swotItems: Omit<SwotItem, 'dots' | 'votes'>[];
  swotVoters: SwotVoter[];
  swotVotes: z.infer<typeof documentVote>[];
  towsStrategies: TowsStrategy[];
};

/** The sections a version-2 document lacks, empty: an upgraded document reads as a workspace without SWOT boards. */
export const emptySwotSection = (): SwotSection => ({ swotBoards: [], swotItems: [], swotVoters: [], swotVotes: [], towsStrategies: [] });

type Issue = (path: PropertyKey[], message: string) => void;

/**
 * Refuses records that point at nothing or at another cluster's records, repeat one another,
 * link a strategy to an item outside the two quadrants its kind pairs, or give a participant
 * more dots than the board allows: what the app itself never writes.
 */
function refine(doc: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const d = doc as unknown as SwotSection & { clusters?: { id: string }[]; actors?: { id: string }[] };
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', message, path });
  const clusters = new Set((d.clusters ?? []).map((c) => c.id));
  const actors = new Set((d.actors ?? []).map((a) => a.id));
  const known = (key: keyof SwotSection, i: number, clusterId: string) => {
    if (!clusters.has(clusterId)) issue([key, i, 'clusterId'], 'validation.unknownCluster');
  };
  const uniqueIds = <T extends { id: string; clusterId: string }>(key: keyof SwotSection, records: readonly T[]): Map<string, T> => {
    const byId = new Map<string, T>();
    for (const [i, r] of records.entries()) {
      known(key, i, r.clusterId);
      if (byId.has(r.id)) issue([key, i, 'id'], 'validation.duplicateId');
      else byId.set(r.id, r);
    }
    return byId;
  };

  const budget = new Map<string, number>();
  for (const [i, b] of d.swotBoards.entries()) {
    known('swotBoards', i, b.clusterId);
    if (budget.has(b.clusterId)) issue(['swotBoards', i, 'clusterId'], 'validation.duplicateSwotBoard');
    budget.set(b.clusterId, b.dotsPerVoter);
  }
  const items = uniqueIds('swotItems', d.swotItems);
  const voters = uniqueIds('swotVoters', d.swotVoters);
  for (const [i, v] of d.swotVoters.entries()) if (v.actorId !== null && !actors.has(v.actorId)) issue(['swotVoters', i, 'actorId'], 'validation.unknownActor');

  const votes = new Set<string>();
  const used = new Map<string, number>();
  for (const [i, v] of d.swotVotes.entries()) {
    const item = items.get(v.itemId);
    const voter = voters.get(v.voterId);
    if (!item) issue(['swotVotes', i, 'itemId'], 'validation.unknownSwotItem');
    if (!voter) issue(['swotVotes', i, 'voterId'], 'validation.unknownSwotVoter');
    if (!item || !voter) continue;
    if (item.clusterId !== voter.clusterId) issue(['swotVotes', i, 'voterId'], 'validation.swotOtherCluster');
    const key = `${v.itemId}/${v.voterId}`;
    if (votes.has(key)) issue(['swotVotes', i, 'voterId'], 'validation.duplicateSwotVote');
    votes.add(key);
    const total = (used.get(v.voterId) ?? 0) + v.dots;
    used.set(v.voterId, total);
    if (total > (budget.get(voter.clusterId) ?? DEFAULT_DOTS)) issue(['swotVotes', i, 'dots'], 'validation.swotDotsOverBudget');
  }

  uniqueIds('towsStrategies', d.towsStrategies);
  for (const [i, s] of d.towsStrategies.entries()) {
    const seen = new Set<string>();
    for (const [j, id] of s.itemIds.entries()) {
      const item = items.get(id);
      if (!item) issue(['towsStrategies', i, 'itemIds', j], 'validation.unknownSwotItem');
      else if (item.clusterId !== s.clusterId) issue(['towsStrategies', i, 'itemIds', j], 'validation.swotOtherCluster');
      else if (!linkFits(s.kind, item.quadrant)) issue(['towsStrategies', i, 'itemIds', j], 'validation.towsLinkQuadrant');
      if (seen.has(id)) issue(['towsStrategies', i, 'itemIds', j], 'validation.duplicateTowsLink');
      seen.add(id);
    }
  }
}

type Raw = Partial<Record<string, unknown>>;
const list = (raw: unknown, key: string): Raw[] => {
  const value = (raw as Raw | null)?.[key];
  return Array.isArray(value) ? (value as Raw[]) : [];
};
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A record's name or text as the document gives it, else its id (else "?"): what a person can look for. */
const nameIn = (raw: unknown, key: string, id: unknown, field: string): string => text(list(raw, key).find((r) => r.id === id)?.[field]) || text(id) || '?';

const whereKeys: Partial<Record<keyof SwotSection, string>> = {
  swotBoards: 'validation.whereSwotBoard',
  swotItems: 'validation.whereSwotItem',
  swotVoters: 'validation.whereSwotVoter',
  swotVotes: 'validation.whereSwotVote',
  towsStrategies: 'validation.whereTowsStrategy',
};

/** Names where a problem is as a person knows it: the how-many-th item, participant, vote … with its cluster and text. */
function placeOf(path: readonly PropertyKey[], raw: unknown): Place | null {
  const [key, index, ...rest] = path;
  const where = typeof key === 'string' ? whereKeys[key as keyof SwotSection] : undefined;
  if (!where || typeof index !== 'number') return null;
  const record = list(raw, key as string)[index] ?? {};
  const clusterId = key === 'swotVotes' ? list(raw, 'swotItems').find((i) => i.id === record.itemId)?.clusterId : record.clusterId;
  return {
    where,
    row: String(index + 1),
    field: rest.map(String).join('.'),
    cluster: nameIn(raw, 'clusters', clusterId, 'name'),
    text: key === 'swotVotes' ? nameIn(raw, 'swotItems', record.itemId, 'text') : text(record.text),
    name: key === 'swotVotes' ? nameIn(raw, 'swotVoters', record.voterId, 'name') : text(record.name),
    kind: text(record.kind),
  };
}

/** The SWOT and TOWS sections: strict at every level, with every reference, link and dot checked. */
export const swotInterchange: InterchangeSectionSpec = {
  shape: {
    swotBoards: z.array(documentBoard),
    swotItems: z.array(documentItem),
    swotVoters: z.array(documentVoter),
    swotVotes: z.array(documentVote),
    towsStrategies: z.array(documentStrategy),
  },
  refine,
  placeOf,
  // Version 2 had no SWOT: its documents read as workspaces whose boards are empty.
  upgrades: { 2: (doc) => ({ ...emptySwotSection(), ...doc }) },
};
