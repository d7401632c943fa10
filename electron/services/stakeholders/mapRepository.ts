import { AppError } from '../../../shared/contract/errors';
import { type MapSettings, type StakeholderMap, defaultMapSettings } from '../../../shared/domain/stakeholders/schemas';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { assertCluster } from './actorRepository';
import { type MapActorRow, type TieRow, placementId, rowToMapActor, rowToTie } from './stakeholderRows';

interface SettingsRow {
  directed: number;
  layout: MapSettings['layout'];
}

/** The map's settings; a map nobody has set up yet reads the defaults. */
export function getSettings(r: WorkspaceReader, clusterId: string): MapSettings {
  const row = r.get<SettingsRow>('SELECT directed, layout FROM stakeholder_maps WHERE id = ?', clusterId);
  return row ? { directed: row.directed === 1, layout: row.layout } : { ...defaultMapSettings };
}

/** Writes the map's settings, making its row on first use. */
export function saveSettings(w: RowWriter, clusterId: string, settings: MapSettings): void {
  const row = { directed: settings.directed ? 1 : 0, layout: settings.layout };
  if (!w.update('stakeholder_maps', clusterId, row)) w.insert('stakeholder_maps', { id: clusterId, ...row });
}

/** One cluster's whole map: settings, placed actors (by name) and ties; clusterMissing when there is no such cluster. */
export function readMap(r: WorkspaceReader, clusterId: string): StakeholderMap {
  assertCluster(r, clusterId);
  const actors = r
    .all<MapActorRow>(
      `SELECT a.*, p.x AS x, p.y AS y FROM map_placements p JOIN actors a ON a.id = p.actor_id
       WHERE p.cluster_id = ? ORDER BY a.name COLLATE NOCASE, a.id`,
      clusterId,
    )
    .map(rowToMapActor);
  const ties = r.all<TieRow>('SELECT * FROM ties WHERE cluster_id = ? ORDER BY created_at, id', clusterId).map(rowToTie);
  return { clusterId, settings: getSettings(r, clusterId), actors, ties };
}

/**
 * Deletes a selection from one cluster's map, inside the caller's edit: the ties, then each
 * actor's ties on this map, its cells in this cluster's matrix and its placement. An actor then
 * left on no map goes from the workspace; one still on another map keeps its ties and cells there.
 */
export function deleteSelection(w: RowWriter, clusterId: string, actorIds: readonly string[], tieIds: readonly string[]): void {
  for (const id of new Set(tieIds)) {
    const tie = w.get<{ cluster_id: string }>('SELECT cluster_id FROM ties WHERE id = ?', id);
    if (tie?.cluster_id !== clusterId) throw new AppError('notFound', { query: id });
    w.delete('ties', id);
  }
  for (const actorId of new Set(actorIds)) {
    if (!w.get('SELECT 1 AS one FROM map_placements WHERE id = ?', placementId(clusterId, actorId))) throw new AppError('actorNotOnMap', { id: actorId });
    // By the actor's own indexes (`+cluster_id` keeps SQLite off the index that walks the whole map).
    const ties = w.all<{ id: string }>(
      'SELECT id FROM ties WHERE from_actor = @a AND +cluster_id = @c UNION SELECT id FROM ties WHERE to_actor = @a AND +cluster_id = @c',
      { c: clusterId, a: actorId },
    );
    for (const t of ties) w.delete('ties', t.id);
    const cells = w.all<{ id: string }>(
      'SELECT c.id FROM matrix_cells c JOIN matrix_rows m ON m.id = c.row_id WHERE c.actor_id = ? AND m.cluster_id = ?',
      actorId,
      clusterId,
    );
    for (const c of cells) w.delete('matrix_cells', c.id);
    w.delete('map_placements', placementId(clusterId, actorId));
    if (!w.get('SELECT 1 AS one FROM map_placements WHERE actor_id = ? LIMIT 1', actorId)) w.delete('actors', actorId);
  }
}
