import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { errorCode, useTempServices } from '../helpers';
import { selectionCounts, sessionFields, sessionWith, smallRubric } from './selectionFixtures';

const env = useTempServices();

const fill = (clusters: string[], value: number, criteria = ['g1', 'g2']) =>
  clusters.flatMap((clusterId) => criteria.map((criterionId) => ({ clusterId, criterionId, value })));

describe('removing parts of a session', () => {
  it('removes a candidate with its scores and consensus, keeps the log, and undo restores all', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root, { clusterNames: ['Tegal', 'Sukabumi', 'Waru'] });
    await invoke(env.services, 'selection.scores.set', { sessionId, scorerId: scorers[0]!, enteredBy: 'facilitator', cells: fill(clusters, 3) });
    await invoke(env.services, 'selection.consensus.set', { sessionId, clusterId: clusters[0]!, criterionId: 'g1', value: 4, note: 'Sepakat' });
    const before = selectionCounts(env.services);
    const state = await invoke(env.services, 'selection.candidates.remove', { sessionId, clusterId: clusters[0]! });
    expect(state.candidates.map((c) => [c.clusterName, c.position])).toEqual([
      ['Sukabumi', 0],
      ['Waru', 1],
    ]);
    expect(state.scores.some((s) => s.clusterId === clusters[0])).toBe(false);
    expect(state.consensus).toEqual([]);
    expect(selectionCounts(env.services)).toMatchObject({ selection_scores: 4, selection_score_log: before.selection_score_log });
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'selection.history.removeCandidate', params: { name: 'Tegal' } });
    await invoke(env.services, 'workspace.undo', {});
    expect(selectionCounts(env.services)).toEqual(before);
  });

  it('removes a scorer with their scores and renumbers the others', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root, { scorerNames: ['Ani', 'Budi', 'Citra'] });
    await invoke(env.services, 'selection.scores.set', { sessionId, scorerId: scorers[0]!, enteredBy: scorers[0]!, cells: fill(clusters, 2) });
    await invoke(env.services, 'selection.scores.set', { sessionId, scorerId: scorers[1]!, enteredBy: scorers[1]!, cells: fill(clusters, 5) });
    const state = await invoke(env.services, 'selection.scorers.remove', { id: scorers[0]! });
    expect(state.scorers.map((s) => [s.name, s.position])).toEqual([
      ['Budi', 0],
      ['Citra', 1],
    ]);
    expect(new Set(state.scores.map((s) => s.scorerId))).toEqual(new Set([scorers[1]]));
    const renamed = await invoke(env.services, 'selection.scorers.update', { id: scorers[1]!, fields: { name: 'Pak Budi', actorId: null } });
    expect(renamed.scorers[0]!.name).toBe('Pak Budi');
  });

  it('deletes a whole session in one step, and undo brings it back', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root);
    await invoke(env.services, 'selection.scores.set', { sessionId, scorerId: scorers[0]!, enteredBy: 'facilitator', cells: fill(clusters, 1) });
    const before = selectionCounts(env.services);
    await invoke(env.services, 'selection.sessions.delete', { id: sessionId });
    expect(Object.values(selectionCounts(env.services)).every((n) => n === 0)).toBe(true);
    expect(await errorCode(() => invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null })).then((e) => e.code)).toBe('notFound');
    await invoke(env.services, 'workspace.undo', {});
    expect(selectionCounts(env.services)).toEqual(before);
  });
});

describe('session settings', () => {
  it('switching hidden mode on again starts a new hidden round; switching it off shows the scores', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root, { fields: { hidden: true }, scorerNames: ['Ani'] });
    await invoke(env.services, 'selection.scores.set', { sessionId, scorerId: scorers[0]!, enteredBy: 'facilitator', cells: fill(clusters, 1) });
    expect((await invoke(env.services, 'selection.sessions.reveal', { id: sessionId })).revealed).toBe(true);
    // Saving other fields keeps the reveal.
    expect((await invoke(env.services, 'selection.sessions.update', { id: sessionId, fields: sessionFields({ hidden: true, name: 'Baru' }) })).revealed).toBe(
      true,
    );
    await invoke(env.services, 'selection.sessions.update', { id: sessionId, fields: sessionFields({ hidden: false }) });
    const again = await invoke(env.services, 'selection.sessions.update', { id: sessionId, fields: sessionFields({ hidden: true }) });
    expect(again.revealed).toBe(false);
    expect((await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null })).withheld).toBe(true);
    const off = await invoke(env.services, 'selection.sessions.update', { id: sessionId, fields: sessionFields({ hidden: false }) });
    expect(off.hidden).toBe(false);
    expect((await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null })).scores).toHaveLength(4);
  });

  it('counts only enabled dimensions, and in consensus mode reveals once every consensus cell is in', async () => {
    const { sessionId, clusters } = await sessionWith(env.services, env.root, { fields: { scoringMode: 'consensus', hidden: true }, scorerNames: [] });
    await invoke(env.services, 'selection.consensus.set', { sessionId, clusterId: clusters[0]!, criterionId: 's1', value: 3, note: 'Modal sosial' });
    expect((await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null })).progress).toEqual([
      { scorerId: 'consensus', entered: 0, expected: 4 },
    ]);
    for (const { clusterId, criterionId } of fill(clusters, 0)) {
      await invoke(env.services, 'selection.consensus.set', { sessionId, clusterId, criterionId, value: 2, note: 'Sepakat' });
    }
    const base = smallRubric();
    await invoke(env.services, 'selection.sessions.setRubric', {
      id: sessionId,
      rubric: { ...base, dimensions: [base.dimensions[0]!, { ...base.dimensions[1]!, enabled: true }] },
    });
    expect(await errorCode(() => invoke(env.services, 'selection.sessions.reveal', { id: sessionId })).then((e) => e.code)).toBe('scoresIncomplete');
    await invoke(env.services, 'selection.consensus.set', { sessionId, clusterId: clusters[1]!, criterionId: 's1', value: 1, note: 'Sepakat' });
    const [summary] = await invoke(env.services, 'selection.sessions.list', {});
    expect(summary).toMatchObject({ entered: 6, expected: 6, hidden: true, revealed: false });
    expect((await invoke(env.services, 'selection.sessions.reveal', { id: sessionId })).revealed).toBe(true);
  });
});
