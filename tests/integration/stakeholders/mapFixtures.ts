import { invoke, type Services } from '../../../electron/services/createServices';
import type { ActorFields } from '../../../shared/domain/stakeholders/schemas';
import { actorFields as recordFields, tieFields } from '../../unit/stakeholders/mapRecords';
import { sampleCluster } from '../helpers';

/** An actor's fields with sensible defaults: a supportive SME inside the cluster. */
export function actorFields(name: string, overrides: Partial<ActorFields> = {}): ActorFields {
  return recordFields(name, { attitude: 'supportive', ...overrides });
}

/** A tie's fields with sensible defaults: undirected collaboration of strength 3. */
export { tieFields };

/** A new workspace with one cluster; returns the cluster's id. */
export async function workspaceWithCluster(services: Services, dir: string, name = 'Ceper'): Promise<string> {
  await invoke(services, 'workspace.create', { dir, fileName: 'map', programName: 'Program' });
  return (await invoke(services, 'clusters.create', sampleCluster(name))).id;
}

/** Places `count` actors named `prefix 1…n` on the cluster's map, in a row; returns their ids. */
export async function addActors(services: Services, clusterId: string, count: number, prefix = 'IKM'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await invoke(services, 'stakeholders.actors.create', { clusterId, fields: actorFields(`${prefix} ${i + 1}`), x: i * 10, y: 0 })).id);
  }
  return ids;
}

/** Row counts of the map's tables: what "nothing written" is checked against. */
export function tableCounts(services: Services): Record<string, number> {
  const r = services.registry.current('local').reader;
  const tables = ['actors', 'stakeholder_maps', 'map_placements', 'ties', 'map_snapshots', 'matrix_rows', 'matrix_cells'];
  return Object.fromEntries(tables.map((t) => [t, r.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`)!.n]));
}
