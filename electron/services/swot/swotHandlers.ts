import type { SwotCallName } from '../../../shared/contract/swot';
import { labelText } from '../../../shared/domain/swot/labelText';
import { assertCluster } from '../stakeholders/actorRepository';
import type { HandlerMap } from '../types';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';
import { readBoard, saveDotsPerVoter } from './boardRepository';
import { exportSwot } from './exportSwot';
import { deleteItem, getItem, insertItem, moveItem, updateItem } from './itemRepository';
import { checkLinks, deleteStrategy, getStrategy, insertStrategy, moveStrategy, updateStrategy } from './strategyRepository';
import { clearVotes, getVoter, insertVoter, removeVoter, setVote } from './voteRepository';

const label = (key: string, params: Record<string, string | number> = {}) => ({
  key: `swot.history.${key}`,
  params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
});

/**
 * The SWOT board's calls: each write is one undoable edit (ADR 002) that checks before it writes,
 * so a refused call leaves nothing behind; every call answers with the cluster's whole board.
 */
export function swotHandlers(registry: WorkspaceRegistry): HandlerMap<SwotCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  /** Runs one edit and answers with the board of the cluster it touched. */
  const write = (clientId: string, clusterId: string, key: string, params: Record<string, string | number>, fn: (w: RowWriter) => void, mergeKey?: string) => {
    const s = ws(clientId);
    s.edit(label(key, params), fn, mergeKey ? { mergeKey } : {});
    return readBoard(s.reader, clusterId);
  };
  return {
    'swot.board.get': ({ clusterId }, { clientId }) => readBoard(ws(clientId).reader, clusterId),
    'swot.board.settings': ({ clusterId, dotsPerVoter }, { clientId }) =>
      write(clientId, clusterId, 'settings', { count: dotsPerVoter }, (w) => saveDotsPerVoter(w, clusterId, dotsPerVoter)),

    'swot.items.create': ({ clusterId, fields }, { clientId }) =>
      write(clientId, clusterId, 'createItem', { text: labelText(fields.text) }, (w) => {
        assertCluster(w, clusterId);
        insertItem(w, clusterId, fields);
      }),
    'swot.items.update': ({ id, fields }, { clientId }) => {
      const item = getItem(ws(clientId).reader, id);
      return write(clientId, item.cluster_id, 'updateItem', { text: labelText(fields.text) }, (w) => updateItem(w, id, fields), `swot-item:${id}`);
    },
    'swot.items.delete': ({ id }, { clientId }) => {
      const item = getItem(ws(clientId).reader, id);
      return write(clientId, item.cluster_id, 'deleteItem', { text: labelText(item.text) }, (w) => deleteItem(w, id));
    },
    // Two drags are two steps: a move never merges.
    'swot.items.move': ({ id, quadrant, position }, { clientId }) => {
      const item = getItem(ws(clientId).reader, id);
      return write(clientId, item.cluster_id, 'moveItem', { text: labelText(item.text) }, (w) => moveItem(w, id, quadrant, position));
    },

    'swot.voters.add': ({ clusterId, fields }, { clientId }) =>
      write(clientId, clusterId, 'addVoter', { name: fields.name }, (w) => {
        assertCluster(w, clusterId);
        insertVoter(w, clusterId, fields);
      }),
    'swot.voters.remove': ({ id }, { clientId }) => {
      const voter = getVoter(ws(clientId).reader, id);
      return write(clientId, voter.cluster_id, 'removeVoter', { name: voter.name }, (w) => removeVoter(w, id));
    },
    'swot.votes.set': ({ itemId, voterId, dots }, { clientId }) => {
      const r = ws(clientId).reader;
      const item = getItem(r, itemId);
      const voter = getVoter(r, voterId);
      return write(clientId, item.cluster_id, 'setVotes', { name: voter.name, count: dots }, (w) => setVote(w, itemId, voterId, dots));
    },
    'swot.votes.clear': ({ clusterId }, { clientId }) =>
      write(clientId, clusterId, 'clearVotes', {}, (w) => {
        assertCluster(w, clusterId);
        clearVotes(w, clusterId);
      }),

    'swot.strategies.create': ({ clusterId, fields }, { clientId }) =>
      write(clientId, clusterId, 'createStrategy', { kind: fields.kind }, (w) => {
        assertCluster(w, clusterId);
        insertStrategy(w, clusterId, { ...fields, itemIds: checkLinks(w, clusterId, fields) });
      }),
    'swot.strategies.update': ({ id, fields }, { clientId }) => {
      const strategy = getStrategy(ws(clientId).reader, id);
      return write(clientId, strategy.cluster_id, 'updateStrategy', { kind: fields.kind }, (w) => updateStrategy(w, id, fields), `swot-strategy:${id}`);
    },
    'swot.strategies.move': ({ id, position }, { clientId }) => {
      const strategy = getStrategy(ws(clientId).reader, id);
      return write(clientId, strategy.cluster_id, 'moveStrategy', { kind: strategy.kind }, (w) => moveStrategy(w, id, position));
    },
    'swot.strategies.delete': ({ id }, { clientId }) => {
      const strategy = getStrategy(ws(clientId).reader, id);
      return write(clientId, strategy.cluster_id, 'deleteStrategy', { kind: strategy.kind }, (w) => deleteStrategy(w, id));
    },

    'swot.export': ({ clusterId, format, lang }, { clientId }) => exportSwot(ws(clientId).reader, clusterId, format, lang),
  };
}
