import type { MatrixValue } from '../../../shared/domain/stakeholders/codes';
import { type StakeholdersSection, emptyStakeholdersSection, stakeholdersInterchange } from '../../../shared/domain/stakeholders/interchange';
import type { MapSettings } from '../../../shared/domain/stakeholders/schemas';
import type { InterchangeSection } from '../feature';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { insertActor, placeActor } from './actorRepository';
import { saveSettings } from './mapRepository';
import { insertMatrixCell, insertMatrixRow } from './matrixRepository';
import { type SnapshotData, allSnapshotRows, insertSnapshot } from './snapshotRepository';
import { type ActorRow, type TieRow, rowToActor, rowToTie } from './stakeholderRows';
import { insertTie } from './tieRepository';

/** Every record of the maps, in an order fixed by stored values, so exporting twice gives the same text. */
function readSection(r: WorkspaceReader): StakeholdersSection {
  return {
    actors: r.all<ActorRow>('SELECT * FROM actors ORDER BY created_at, id').map(rowToActor),
    stakeholderMaps: r
      .all<{ id: string; directed: number; layout: MapSettings['layout'] }>('SELECT * FROM stakeholder_maps ORDER BY id')
      .map((m) => ({ clusterId: m.id, directed: m.directed === 1, layout: m.layout })),
    mapPlacements: r
      .all<{ cluster_id: string; actor_id: string; x: number; y: number }>(
        'SELECT cluster_id, actor_id, x, y FROM map_placements ORDER BY cluster_id, actor_id',
      )
      .map((p) => ({ clusterId: p.cluster_id, actorId: p.actor_id, x: p.x, y: p.y })),
    ties: r.all<TieRow>('SELECT * FROM ties ORDER BY cluster_id, created_at, id').map(rowToTie),
    mapSnapshots: allSnapshotRows(r).map((s) => {
      const data = JSON.parse(s.data) as SnapshotData;
      return { id: s.id, clusterId: s.cluster_id, label: s.label, takenOn: s.taken_on, createdAt: s.created_at, ...data };
    }),
    matrixRows: r
      .all<{ id: string; cluster_id: string; label: string; position: number }>('SELECT * FROM matrix_rows ORDER BY cluster_id, position, id')
      .map((m) => ({ id: m.id, clusterId: m.cluster_id, label: m.label, position: m.position })),
    matrixCells: r
      .all<{ row_id: string; actor_id: string; value: MatrixValue }>('SELECT row_id, actor_id, value FROM matrix_cells ORDER BY row_id, actor_id')
      .map((c) => ({ rowId: c.row_id, actorId: c.actor_id, value: c.value })),
  };
}

/** The stakeholder map sections of the interchange document (format version 2). */
export const stakeholdersSection: InterchangeSection = {
  ...stakeholdersInterchange,
  empty: () => emptyStakeholdersSection(),
  read: readSection,
  // Clusters are written first (their section comes earlier), then what points at them.
  write: (w, doc) => {
    const d = doc as unknown as StakeholdersSection;
    for (const { id, createdAt, updatedAt, ...fields } of d.actors) insertActor(w, fields, { id, createdAt, updatedAt });
    for (const { clusterId, ...settings } of d.stakeholderMaps) saveSettings(w, clusterId, settings);
    for (const p of d.mapPlacements) placeActor(w, p.clusterId, p.actorId, p.x, p.y);
    for (const { id, clusterId, createdAt, updatedAt, ...fields } of d.ties) insertTie(w, clusterId, fields, { id, createdAt, updatedAt });
    for (const { id, clusterId, label, takenOn, createdAt, ...data } of d.mapSnapshots)
      insertSnapshot(w, clusterId, { label, takenOn }, data, { id, createdAt });
    for (const m of d.matrixRows) insertMatrixRow(w, m.clusterId, m.label, { id: m.id, position: m.position });
    for (const c of d.matrixCells) insertMatrixCell(w, c.rowId, c.actorId, c.value);
  },
};
