import type { ClusterCallName } from '../../../shared/contract/clusters';
import type { HandlerMap } from '../types';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';
import { deleteCluster, getCluster, getProgram, insertCluster, listClusters, saveProgram, updateCluster } from './clusterRepository';

/** Program and cluster profile calls; each write is one undoable edit of the open workspace. */
export function clusterHandlers(registry: WorkspaceRegistry): HandlerMap<ClusterCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  return {
    'program.get': (_, { clientId }) => getProgram(ws(clientId).reader),
    'program.update': (program, { clientId }) => {
      const s = ws(clientId);
      s.edit({ key: 'history.updateProgram', params: { name: program.name } }, (w) => saveProgram(w, program), { mergeKey: 'program' });
      return getProgram(s.reader);
    },
    'clusters.list': (_, { clientId }) => listClusters(ws(clientId).reader),
    'clusters.get': ({ id }, { clientId }) => getCluster(ws(clientId).reader, id),
    'clusters.create': (fields, { clientId }) => {
      const s = ws(clientId);
      const id = s.edit({ key: 'history.createCluster', params: { name: fields.name } }, (w) => insertCluster(w, fields));
      return getCluster(s.reader, id);
    },
    'clusters.update': ({ id, fields }, { clientId }) => {
      const s = ws(clientId);
      s.edit({ key: 'history.updateCluster', params: { name: fields.name } }, (w) => updateCluster(w, id, fields), {
        mergeKey: `clusters.update:${id}`,
      });
      return getCluster(s.reader, id);
    },
    'clusters.delete': ({ id }, { clientId }) => {
      const s = ws(clientId);
      const name = getCluster(s.reader, id).name;
      s.edit({ key: 'history.deleteCluster', params: { name } }, (w) => deleteCluster(w, id));
      return null;
    },
  };
}
