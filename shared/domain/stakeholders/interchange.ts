import { z } from 'zod';
import { idSchema } from '../clusters/schemas';
import type { InterchangeSectionSpec, Place } from '../workspace/interchange';
import { matrixValues } from './codes';
import {
  type Actor,
  type Tie,
  actorFieldsSchema,
  dateSchema,
  mapSettingsSchema,
  matrixRowLabelSchema,
  positionSchema,
  snapshotFieldsSchema,
  tieFieldsSchema,
} from './schemas';

/** When a record was made or last changed, as the app writes it (ISO 8601). */
const timestamp = z.iso.datetime({ offset: true, message: 'validation.timestamp' });

const documentActor = actorFieldsSchema.extend({ id: idSchema, createdAt: timestamp, updatedAt: timestamp }).strict();
const documentTie = tieFieldsSchema.extend({ id: idSchema, clusterId: idSchema, createdAt: timestamp, updatedAt: timestamp }).strict();
const documentMapSettings = mapSettingsSchema.extend({ clusterId: idSchema }).strict();
const documentPlacement = positionSchema.extend({ clusterId: idSchema }).strict();
/** A snapshot holds its frozen map whole; its actors and ties need not exist any more. */
const documentSnapshot = snapshotFieldsSchema
  .extend({
    id: idSchema,
    clusterId: idSchema,
    takenOn: dateSchema,
    createdAt: timestamp,
    settings: mapSettingsSchema,
    actors: z.array(documentActor.extend({ x: positionSchema.shape.x, y: positionSchema.shape.y }).strict()),
    ties: z.array(documentTie),
  })
  .strict();
const documentMatrixRow = z.object({ id: idSchema, clusterId: idSchema, label: matrixRowLabelSchema, position: z.number().int().min(0) }).strict();
const documentMatrixCell = z.object({ rowId: idSchema, actorId: idSchema, value: z.enum(matrixValues) }).strict();

/** The stakeholder map sections of a document (format version 2 and later). */
export type StakeholdersSection = {
  actors: Actor[];
  stakeholderMaps: z.infer<typeof documentMapSettings>[];
  mapPlacements: z.infer<typeof documentPlacement>[];
  ties: Tie[];
  mapSnapshots: z.infer<typeof documentSnapshot>[];
  matrixRows: z.infer<typeof documentMatrixRow>[];
  matrixCells: z.infer<typeof documentMatrixCell>[];
};

/** The sections a version-1 document lacks, empty: an upgraded document reads as a workspace without maps. */
export const emptyStakeholdersSection = (): StakeholdersSection => ({
  actors: [],
  stakeholderMaps: [],
  mapPlacements: [],
  ties: [],
  mapSnapshots: [],
  matrixRows: [],
  matrixCells: [],
});

/** Field names of the document as the catalog labels them; others are shown as they are written. */
const fieldLabels: Record<string, string> = Object.fromEntries(
  [...Object.keys(actorFieldsSchema.shape), ...Object.keys(tieFieldsSchema.shape), 'label', 'takenOn'].map((k) => [k, `stakeholders.fields.${k}`]),
);

type Issue = (path: PropertyKey[], message: string) => void;

/** Refuses records that point at nothing, repeat one another or tie an actor to itself. */
function refine(doc: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const d = doc as unknown as StakeholdersSection & { clusters?: { id: string }[] };
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', message, path });
  const clusters = new Set((d.clusters ?? []).map((c) => c.id));
  const uniqueIds = (key: 'actors' | 'ties' | 'mapSnapshots' | 'matrixRows', records: readonly { id: string }[]) => {
    const seen = new Set<string>();
    for (const [i, r] of records.entries()) {
      if (seen.has(r.id)) issue([key, i, 'id'], 'validation.duplicateId');
      seen.add(r.id);
    }
  };
  const knownCluster = (key: string, i: number, clusterId: string) => {
    if (clusters.has(clusterId)) return true;
    issue([key, i, 'clusterId'], 'validation.unknownCluster');
    return false;
  };
  uniqueIds('actors', d.actors);
  uniqueIds('ties', d.ties);
  uniqueIds('mapSnapshots', d.mapSnapshots);
  uniqueIds('matrixRows', d.matrixRows);
  const actors = new Set(d.actors.map((a) => a.id));

  const maps = new Set<string>();
  for (const [i, m] of d.stakeholderMaps.entries()) {
    if (knownCluster('stakeholderMaps', i, m.clusterId) && maps.has(m.clusterId)) issue(['stakeholderMaps', i, 'clusterId'], 'validation.duplicateMap');
    maps.add(m.clusterId);
  }

  const placed = new Set<string>();
  for (const [i, p] of d.mapPlacements.entries()) {
    knownCluster('mapPlacements', i, p.clusterId);
    if (!actors.has(p.actorId)) issue(['mapPlacements', i, 'actorId'], 'validation.unknownActor');
    const key = `${p.clusterId}/${p.actorId}`;
    if (placed.has(key)) issue(['mapPlacements', i, 'actorId'], 'validation.duplicatePlacement');
    placed.add(key);
  }

  const pairs = new Map<string, { forward: boolean; directed: boolean }[]>();
  for (const [i, t] of d.ties.entries()) {
    if (!knownCluster('ties', i, t.clusterId)) continue;
    if (t.from === t.to) issue(['ties', i, 'to'], 'validation.selfTie');
    for (const end of ['from', 'to'] as const) {
      if (!placed.has(`${t.clusterId}/${t[end]}`)) issue(['ties', i, end], 'validation.actorNotOnMap');
    }
    // The app's rule: two directed ties of one type may go both ways; an undirected one stands for both.
    const forward = t.from < t.to;
    const key = `${t.clusterId}\u0000${t.type}\u0000${forward ? t.from : t.to}\u0000${forward ? t.to : t.from}`;
    const earlier = pairs.get(key) ?? [];
    if (earlier.some((e) => !t.directed || !e.directed || e.forward === forward)) issue(['ties', i, 'type'], 'validation.duplicateTie');
    earlier.push({ forward, directed: t.directed });
    pairs.set(key, earlier);
  }

  for (const [i, s] of d.mapSnapshots.entries()) knownCluster('mapSnapshots', i, s.clusterId);

  const rowCluster = new Map<string, string>();
  for (const [i, r] of d.matrixRows.entries()) {
    knownCluster('matrixRows', i, r.clusterId);
    rowCluster.set(r.id, r.clusterId);
  }
  const cells = new Set<string>();
  for (const [i, c] of d.matrixCells.entries()) {
    const clusterId = rowCluster.get(c.rowId);
    if (clusterId === undefined) issue(['matrixCells', i, 'rowId'], 'validation.unknownMatrixRow');
    else if (!placed.has(`${clusterId}/${c.actorId}`)) issue(['matrixCells', i, 'actorId'], 'validation.actorNotOnMap');
    const key = `${c.rowId}/${c.actorId}`;
    if (cells.has(key)) issue(['matrixCells', i, 'actorId'], 'validation.duplicateCell');
    cells.add(key);
  }
}

type Raw = Partial<Record<string, unknown>>;
const list = (raw: unknown, key: string): Raw[] => {
  const value = (raw as Raw | null)?.[key];
  return Array.isArray(value) ? (value as Raw[]) : [];
};
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A record's name as the document gives it, else its id (else "?"): what a person can look for. */
const nameIn = (raw: unknown, key: 'actors' | 'clusters' | 'matrixRows', id: unknown, field = 'name'): string =>
  text(list(raw, key).find((r) => r.id === id)?.[field]) || text(id) || '?';

/** Names where a problem is as a person knows it: the how-many-th actor, tie, placement … and its names. */
function placeOf(path: readonly PropertyKey[], raw: unknown): Place | null {
  const [key, index, ...rest] = path;
  if (typeof key !== 'string' || typeof index !== 'number') return null;
  const record = list(raw, key)[index] ?? {};
  const first = rest[0];
  const field = typeof first === 'string' && rest.length === 1 && first in fieldLabels ? fieldLabels[first]! : rest.map(String).join('.');
  const place = { row: String(index + 1), field };
  const cluster = nameIn(raw, 'clusters', record.clusterId);
  switch (key) {
    case 'actors':
      return text(record.name).trim()
        ? { where: 'validation.whereActorNamed', actor: text(record.name), ...place }
        : { where: 'validation.whereActor', ...place };
    case 'stakeholderMaps':
      return { where: 'validation.whereMapSettings', cluster, ...place };
    case 'mapPlacements':
      return { where: 'validation.wherePlacement', cluster, actor: nameIn(raw, 'actors', record.actorId), ...place };
    case 'ties':
      return { where: 'validation.whereTie', cluster, from: nameIn(raw, 'actors', record.from), to: nameIn(raw, 'actors', record.to), ...place };
    case 'mapSnapshots':
      return { where: 'validation.whereSnapshot', cluster, label: text(record.label), ...place };
    case 'matrixRows':
      return { where: 'validation.whereMatrixRow', cluster, label: text(record.label), ...place };
    case 'matrixCells':
      return {
        where: 'validation.whereMatrixCell',
        label: nameIn(raw, 'matrixRows', record.rowId, 'label'),
        actor: nameIn(raw, 'actors', record.actorId),
        ...place,
      };
    default:
      return null;
  }
}

/** The stakeholder map sections: strict at every level, with every reference checked. */
export const stakeholdersInterchange: InterchangeSectionSpec = {
  shape: {
    actors: z.array(documentActor),
    stakeholderMaps: z.array(documentMapSettings),
    mapPlacements: z.array(documentPlacement),
    ties: z.array(documentTie),
    mapSnapshots: z.array(documentSnapshot),
    matrixRows: z.array(documentMatrixRow),
    matrixCells: z.array(documentMatrixCell),
  },
  refine,
  placeOf,
  // Version 1 had no maps: its documents read as workspaces whose maps are empty.
  upgrades: { 1: (doc) => ({ ...emptyStakeholdersSection(), ...doc }) },
};
