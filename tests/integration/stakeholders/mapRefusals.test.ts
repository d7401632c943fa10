import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import type { CallInput, CallName } from '../../../shared/contract';
import { errorCode, sampleCluster, useTempServices } from '../helpers';
import { actorFields, addActors, tableCounts, tieFields, workspaceWithCluster } from './mapFixtures';

const env = useTempServices();

describe('refused map edits write nothing', () => {
  let clusterId: string;
  let a: string;
  let b: string;
  let elsewhere: string;

  beforeEach(async () => {
    clusterId = await workspaceWithCluster(env.services, env.root);
    [a, b] = (await addActors(env.services, clusterId, 2)) as [string, string];
    const other = (await invoke(env.services, 'clusters.create', sampleCluster('Tumang'))).id;
    [elsewhere] = (await addActors(env.services, other, 1, 'Tumang')) as [string];
    await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(a, b, { type: 'supply', directed: true }) });
  });

  /** Calls and expects the error code; the tables and the undo history stay as they were. */
  async function refused<K extends CallName>(name: K, input: CallInput<K>, code: string) {
    const counts = tableCounts(env.services);
    const map = await invoke(env.services, 'stakeholders.map', { clusterId });
    const history = await invoke(env.services, 'workspace.history', {});
    const e = await errorCode(() => invoke(env.services, name, input));
    expect(e.code).toBe(code);
    expect(tableCounts(env.services)).toEqual(counts);
    expect(await invoke(env.services, 'stakeholders.map', { clusterId })).toEqual(map);
    expect(await invoke(env.services, 'workspace.history', {})).toEqual(history);
    return e.params;
  }

  it('refuses a self-tie', async () => {
    await refused('stakeholders.ties.create', { clusterId, fields: tieFields(a, a) }, 'selfTie');
  });

  it('refuses a duplicate tie and names both actors', async () => {
    expect(await refused('stakeholders.ties.create', { clusterId, fields: tieFields(a, b, { type: 'supply', directed: true }) }, 'duplicateTie')).toEqual({
      from: 'IKM 1',
      to: 'IKM 2',
    });
    // An undirected tie of the same type stands for both directions.
    await refused('stakeholders.ties.create', { clusterId, fields: tieFields(b, a, { type: 'supply' }) }, 'duplicateTie');
  });

  it('refuses an update that would make a tie a duplicate or a self-tie', async () => {
    const other = await invoke(env.services, 'stakeholders.ties.create', { clusterId, fields: tieFields(a, b, { type: 'information' }) });
    await refused('stakeholders.ties.update', { id: other.id, fields: tieFields(b, a, { type: 'supply' }) }, 'duplicateTie');
    await refused('stakeholders.ties.update', { id: other.id, fields: tieFields(b, b) }, 'selfTie');
  });

  it('refuses a tie to an actor on another map, deleted or unknown', async () => {
    await refused('stakeholders.ties.create', { clusterId, fields: tieFields(a, elsewhere) }, 'actorNotOnMap');
    await refused('stakeholders.ties.create', { clusterId, fields: tieFields('nobody', a) }, 'actorNotOnMap');
    await invoke(env.services, 'stakeholders.selection.delete', { clusterId, actorIds: [b], tieIds: [] });
    await refused('stakeholders.ties.create', { clusterId, fields: tieFields(a, b, { type: 'information' }) }, 'actorNotOnMap');
  });

  it('refuses to move an actor that is not on the map, and moves none of the others', async () => {
    await refused(
      'stakeholders.positions.set',
      {
        clusterId,
        positions: [
          { actorId: a, x: 99, y: 99 },
          { actorId: elsewhere, x: 1, y: 1 },
        ],
      },
      'actorNotOnMap',
    );
  });

  it('refuses out-of-range scores and unknown codes at the boundary', async () => {
    const params = await refused('stakeholders.actors.create', { clusterId, fields: actorFields('X', { influence: 6 }), x: 0, y: 0 }, 'invalidInput');
    expect(JSON.stringify(params)).toContain('validation.score0to5');
    await refused('stakeholders.actors.create', { clusterId, fields: actorFields('X', { interest: -1 }), x: 0, y: 0 }, 'invalidInput');
    await refused('stakeholders.actors.create', { clusterId, fields: { ...actorFields('X'), kind: 'wizard' as never }, x: 0, y: 0 }, 'invalidInput');
    await refused('stakeholders.ties.create', { clusterId, fields: tieFields(a, b, { strength: 0 }) }, 'invalidInput');
    await refused('stakeholders.ties.create', { clusterId, fields: tieFields(a, b, { trust: 6 }) }, 'invalidInput');
    await refused('stakeholders.ties.create', { clusterId, fields: { ...tieFields(a, b), type: 'friendship' as never } }, 'invalidInput');
    await refused('stakeholders.ties.create', { clusterId, fields: tieFields(a, b, { since: '2024-02-30' }) }, 'invalidInput');
    await refused('stakeholders.actors.create', { clusterId, fields: actorFields('   '), x: 0, y: 0 }, 'invalidInput');
  });

  it('refuses calls on a cluster that does not exist', async () => {
    await refused('stakeholders.map', { clusterId: 'gone' }, 'clusterMissing');
    await refused('stakeholders.actors.create', { clusterId: 'gone', fields: actorFields('X'), x: 0, y: 0 }, 'clusterMissing');
    await refused('stakeholders.ties.create', { clusterId: 'gone', fields: tieFields(a, b, { type: 'information' }) }, 'clusterMissing');
    await refused('stakeholders.settings.update', { clusterId: 'gone', settings: { directed: true, layout: 'force' } }, 'clusterMissing');
    await refused('stakeholders.snapshots.create', { clusterId: 'gone', fields: { label: 'Baseline', takenOn: '2025-01-01' } }, 'clusterMissing');
    await refused('stakeholders.matrix.addRow', { clusterId: 'gone', label: 'Baris' }, 'clusterMissing');
    await refused('stakeholders.selection.delete', { clusterId: 'gone', actorIds: [a], tieIds: [] }, 'clusterMissing');
  });

  it('refuses deleting an actor of another map, and deletes nothing of the selection', async () => {
    await refused('stakeholders.selection.delete', { clusterId, actorIds: [a, elsewhere], tieIds: [] }, 'actorNotOnMap');
  });

  it('refuses a matrix cell for an actor not on the map', async () => {
    const { rows } = await invoke(env.services, 'stakeholders.matrix.addRow', { clusterId, label: 'Baris' });
    await refused('stakeholders.matrix.setCell', { rowId: rows[0]!.id, actorId: elsewhere, value: 'part' }, 'actorNotOnMap');
  });
});
