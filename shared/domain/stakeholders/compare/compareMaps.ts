import { computeMapMetrics } from '../metrics/computeMapMetrics';
import type { MapMetrics } from '../metrics/types';
import { type ActorFields, type TieFields, actorFieldsSchema, tieFieldsSchema } from '../schemas';
import type { FigureChange, MapComparison, MapState } from './types';

const actorFields = Object.keys(actorFieldsSchema.shape) as (keyof ActorFields)[];
const tieFields = Object.keys(tieFieldsSchema.shape) as (keyof TieFields)[];

/**
 * What changed between two states of a map (a snapshot and a later one, or a snapshot and the live
 * map), matched by record id: snapshots keep ids, so an actor renamed is changed, not replaced.
 * Positions are not compared: moving an actor changes the drawing, not the network.
 *
 * Each state's metrics are computed with its own directed setting. A caller that already has them
 * (the live map's, from the metrics worker) passes them in to spare the betweenness.
 */
export function compareMaps(before: MapState, after: MapState, known: { before?: MapMetrics; after?: MapMetrics } = {}): MapComparison {
  const mb = known.before ?? computeMapMetrics({ actors: before.actors, ties: before.ties, directed: before.settings.directed });
  const ma = known.after ?? computeMapMetrics({ actors: after.actors, ties: after.ties, directed: after.settings.directed });
  return {
    actors: diffRecords(before.actors, after.actors, actorFields),
    ties: diffRecords(before.ties, after.ties, tieFields),
    figures: figuresOf(mb, ma),
    actorMetrics: actorMetricsOf(before, after, mb, ma),
  };
}

function diffRecords<R extends { id: string }, K extends keyof R>(before: readonly R[], after: readonly R[], fields: readonly K[]) {
  const was = new Map(before.map((r) => [r.id, r]));
  const is = new Set(after.map((r) => r.id));
  const changed: { before: R; after: R; fields: K[] }[] = [];
  const added: R[] = [];
  for (const r of after) {
    const old = was.get(r.id);
    if (!old) {
      added.push(r);
      continue;
    }
    const differ = fields.filter((f) => old[f] !== r[f]);
    if (differ.length > 0) changed.push({ before: old, after: r, fields: differ });
  }
  return { added, removed: before.filter((r) => !is.has(r.id)), changed };
}

/** The figures the comparison lists, keyed as the catalog's indicators. */
function figuresOf(b: MapMetrics, a: MapMetrics): FigureChange[] {
  const pick: [string, (m: MapMetrics) => number | null][] = [
    ['actors', (m) => m.network.actors],
    ['ties', (m) => m.network.ties],
    ['density', (m) => m.network.density],
    ['components', (m) => m.network.components],
    ['isolates', (m) => m.network.isolates],
    ['bondingDensity', (m) => m.socialCapital.bonding.density],
    ['smeIsolatedShare', (m) => m.socialCapital.bonding.isolatedShare],
    ['bridgingTies', (m) => m.socialCapital.bridging.ties],
    ['bridgingShare', (m) => m.socialCapital.bridging.share],
    ['eiInsideOutside', (m) => m.socialCapital.bridging.eiInsideOutside],
    ['eiSector', (m) => m.socialCapital.bridging.eiSector],
    ['averageTrust', (m) => m.socialCapital.trust.average],
  ];
  return pick.map(([key, f]) => ({ key, before: f(b), after: f(a) }));
}

/** Actors of the later state in its order, then those that left, in the earlier state's order. */
function actorMetricsOf(before: MapState, after: MapState, mb: MapMetrics, ma: MapMetrics): MapComparison['actorMetrics'] {
  const then = new Map(mb.actors.map((m) => [m.actorId, m]));
  const now = new Map(ma.actors.map((m) => [m.actorId, m]));
  const ids = [...after.actors.map((a) => a.id), ...before.actors.map((a) => a.id).filter((id) => !now.has(id))];
  return [...new Set(ids)].map((actorId) => {
    const b = then.get(actorId);
    const a = now.get(actorId);
    return {
      actorId,
      name: (a ?? b)?.name ?? '',
      degreeBefore: b?.degree ?? null,
      degreeAfter: a?.degree ?? null,
      betweennessBefore: b?.betweenness ?? null,
      betweennessAfter: a?.betweenness ?? null,
    };
  });
}
