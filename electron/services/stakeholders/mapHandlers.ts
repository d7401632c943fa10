import type { StakeholderCallName } from '../../../shared/contract/stakeholders';
import { AppError } from '../../../shared/contract/errors';
import type { HandlerMap } from '../types';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';
import { actorName, assertCluster, getActor, getMapActor, insertActor, listActors, moveActor, placeActor, updateActor } from './actorRepository';
import { deleteSelection, getSettings, readMap, saveSettings } from './mapRepository';
import { deleteMatrixRow, getMatrix, getMatrixRow, insertMatrixRow, moveMatrixRow, renameMatrixRow, setMatrixCell } from './matrixRepository';
import { createSnapshot, deleteSnapshot, getSnapshot, getSnapshotSummary, listSnapshots, updateSnapshot } from './snapshotRepository';
import { checkTie, getTie, insertTie, updateTie } from './tieRepository';

type MapCallName = Exclude<StakeholderCallName, `stakeholders.import.${string}` | `stakeholders.export.${string}`>;

const label = (key: string, params: Record<string, string | number> = {}) => ({
  key: `stakeholders.history.${key}`,
  params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
});

/** Throws notFound unless the actor exists in the workspace. */
function assertActor(w: RowWriter, id: string): void {
  if (!w.get('SELECT 1 AS one FROM actors WHERE id = ?', id)) throw new AppError('notFound', { query: id });
}

/**
 * The map's calls: each write is one undoable edit (ADR 002) that checks before it writes, so
 * a refused call leaves nothing behind. Calls that return one record read only that record:
 * an edit stays within milliseconds on a map of thousands of actors.
 */
export function mapHandlers(registry: WorkspaceRegistry): HandlerMap<MapCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  return {
    'stakeholders.map': ({ clusterId }, { clientId }) => readMap(ws(clientId).reader, clusterId),
    'stakeholders.actors.list': (_, { clientId }) => listActors(ws(clientId).reader),

    'stakeholders.actors.create': ({ clusterId, fields, x, y }, { clientId }) => {
      const s = ws(clientId);
      const id = s.edit(label('createActor', { name: fields.name }), (w) => {
        assertCluster(w, clusterId);
        const actorId = insertActor(w, fields);
        placeActor(w, clusterId, actorId, x, y);
        return actorId;
      });
      return getMapActor(s.reader, clusterId, id);
    },
    'stakeholders.actors.update': ({ id, fields }, { clientId }) => {
      const s = ws(clientId);
      s.edit(label('updateActor', { name: fields.name }), (w) => updateActor(w, id, fields), { mergeKey: `stakeholders.actors.update:${id}` });
      return getActor(s.reader, id);
    },
    'stakeholders.actors.place': ({ clusterId, positions }, { clientId }) => {
      ws(clientId).edit(label('placeActors', { count: positions.length }), (w) => {
        assertCluster(w, clusterId);
        for (const p of positions) {
          assertActor(w, p.actorId);
          placeActor(w, clusterId, p.actorId, p.x, p.y);
        }
      });
      return null;
    },
    // A move never merges with the one before: two drags are two steps.
    // A layout's positions and the layout itself are one step, undone together.
    'stakeholders.positions.set': ({ clusterId, positions, layout }, { clientId }) => {
      ws(clientId).edit(label('moveActors', { count: positions.length }), (w) => {
        assertCluster(w, clusterId);
        for (const p of positions) moveActor(w, clusterId, p.actorId, p.x, p.y);
        if (layout) saveSettings(w, clusterId, { ...getSettings(w, clusterId), layout });
      });
      return null;
    },

    'stakeholders.ties.create': ({ clusterId, fields }, { clientId }) => {
      const s = ws(clientId);
      const names = { from: actorName(s.reader, fields.from), to: actorName(s.reader, fields.to) };
      const id = s.edit(label('createTie', names), (w) => {
        assertCluster(w, clusterId);
        checkTie(w, clusterId, fields);
        return insertTie(w, clusterId, fields);
      });
      return getTie(s.reader, id);
    },
    'stakeholders.ties.update': ({ id, fields }, { clientId }) => {
      const s = ws(clientId);
      const { clusterId } = getTie(s.reader, id);
      const names = { from: actorName(s.reader, fields.from), to: actorName(s.reader, fields.to) };
      s.edit(
        label('updateTie', names),
        (w) => {
          checkTie(w, clusterId, fields, id);
          updateTie(w, id, fields);
        },
        { mergeKey: `stakeholders.ties.update:${id}` },
      );
      return getTie(s.reader, id);
    },
    'stakeholders.selection.delete': ({ clusterId, actorIds, tieIds }, { clientId }) => {
      ws(clientId).edit(label('deleteSelection', { actors: new Set(actorIds).size, ties: new Set(tieIds).size }), (w) => {
        assertCluster(w, clusterId);
        deleteSelection(w, clusterId, actorIds, tieIds);
      });
      return null;
    },
    'stakeholders.settings.update': ({ clusterId, settings }, { clientId }) => {
      const s = ws(clientId);
      s.edit(label('updateSettings'), (w) => {
        assertCluster(w, clusterId);
        saveSettings(w, clusterId, settings);
      });
      return getSettings(s.reader, clusterId);
    },

    'stakeholders.snapshots.list': ({ clusterId }, { clientId }) => {
      const r = ws(clientId).reader;
      assertCluster(r, clusterId);
      return listSnapshots(r, clusterId);
    },
    'stakeholders.snapshots.get': ({ id }, { clientId }) => getSnapshot(ws(clientId).reader, id),
    'stakeholders.snapshots.create': ({ clusterId, fields }, { clientId }) => {
      const s = ws(clientId);
      const id = s.edit(label('createSnapshot', { label: fields.label }), (w) => createSnapshot(w, clusterId, fields));
      return getSnapshotSummary(s.reader, id);
    },
    'stakeholders.snapshots.update': ({ id, fields }, { clientId }) => {
      const s = ws(clientId);
      s.edit(label('updateSnapshot', { label: fields.label }), (w) => updateSnapshot(w, id, fields), { mergeKey: `stakeholders.snapshots.update:${id}` });
      return getSnapshotSummary(s.reader, id);
    },
    'stakeholders.snapshots.delete': ({ id }, { clientId }) => {
      const s = ws(clientId);
      s.edit(label('deleteSnapshot', { label: getSnapshotSummary(s.reader, id).label }), (w) => deleteSnapshot(w, id));
      return null;
    },

    'stakeholders.matrix.get': ({ clusterId }, { clientId }) => {
      const r = ws(clientId).reader;
      assertCluster(r, clusterId);
      return getMatrix(r, clusterId);
    },
    'stakeholders.matrix.addRow': ({ clusterId, label: rowLabel }, { clientId }) => {
      const s = ws(clientId);
      s.edit(label('matrixAddRow', { label: rowLabel }), (w) => {
        assertCluster(w, clusterId);
        insertMatrixRow(w, clusterId, rowLabel);
      });
      return getMatrix(s.reader, clusterId);
    },
    'stakeholders.matrix.updateRow': ({ id, label: rowLabel }, { clientId }) => {
      const s = ws(clientId);
      const { clusterId } = getMatrixRow(s.reader, id);
      s.edit(label('matrixUpdateRow', { label: rowLabel }), (w) => renameMatrixRow(w, id, rowLabel), { mergeKey: `stakeholders.matrix.updateRow:${id}` });
      return getMatrix(s.reader, clusterId);
    },
    'stakeholders.matrix.moveRow': ({ id, position }, { clientId }) => {
      const s = ws(clientId);
      const row = getMatrixRow(s.reader, id);
      s.edit(label('matrixMoveRow', { label: row.label }), (w) => moveMatrixRow(w, id, position));
      return getMatrix(s.reader, row.clusterId);
    },
    'stakeholders.matrix.deleteRow': ({ id }, { clientId }) => {
      const s = ws(clientId);
      const row = getMatrixRow(s.reader, id);
      s.edit(label('matrixDeleteRow', { label: row.label }), (w) => deleteMatrixRow(w, id));
      return getMatrix(s.reader, row.clusterId);
    },
    'stakeholders.matrix.setCell': ({ rowId, actorId, value }, { clientId }) => {
      const s = ws(clientId);
      const row = getMatrixRow(s.reader, rowId);
      s.edit(label('matrixSetCell', { actor: actorName(s.reader, actorId), label: row.label }), (w) => setMatrixCell(w, rowId, actorId, value));
      return getMatrix(s.reader, row.clusterId);
    },
  };
}
