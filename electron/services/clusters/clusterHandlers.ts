import type { ClusterCallName } from '../../../shared/contract/clusters';
import type { HandlerMap } from '../types';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';
import { deleteCluster, getCluster, getProgram, insertCluster, listClusters, saveProgram, updateCluster } from './clusterRepository';

/** Program and cluster profile calls; each write is one undoable edit of the open workspace. */
export function clusterHandlers(registry: WorkspaceRegistry): HandlerMap<ClusterCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  return {
    'program.get': (_, { clientId }) => getProgram(ws(clientId).db),
    'program.update': (program, { clientId }) => {
      const s = ws(clientId);
      s.edit({ key: 'history.updateProgram', params: { name: program.name } }, (w) => saveProgram(w, program));
      return getProgram(s.db);
    },
    'clusters.list': (_, { clientId }) => listClusters(ws(clientId).db),
    'clusters.get': ({ id }, { clientId }) => getCluster(ws(clientId).db, id),
    'clusters.create': (fields, { clientId }) => {
      const s = ws(clientId);
      const id = s.edit({ key: 'history.createCluster', params: { name: fields.name } }, (w) => insertCluster(w, fields));
      return getCluster(s.db, id);
    },
    'clusters.update': ({ id, fields }, { clientId }) => {
      const s = ws(clientId);
      s.edit({ key: 'history.updateCluster', params: { name: fields.name } }, (w) => updateCluster(w, id, fields));
      return getCluster(s.db, id);
    },
    'clusters.delete': ({ id }, { clientId }) => {
      const s = ws(clientId);
      const name = getCluster(s.db, id).name;
      s.edit({ key: 'history.deleteCluster', params: { name } }, (w) => deleteCluster(w, id));
      return null;
    },
  };
}
