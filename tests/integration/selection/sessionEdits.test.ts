import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { errorCode, useTempServices } from '../helpers';
import { selectionCounts, sessionFields, sessionWith, smallRubric } from './selectionFixtures';

const env = useTempServices();

/** The refusal of a call that must fail. */
const refusal = (p: Promise<unknown>) => errorCode(() => p);

describe('selection sessions: groups, candidates, scorers', () => {
  it('builds a session step by step, each step undoable, and lists it with its progress', async () => {
    const { sessionId, groupId, clusters, scorers } = await sessionWith(env.services, env.root);
    const state = await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null });
    expect(state.groups).toEqual([{ id: groupId, name: 'Komponen logam/mesin', position: 0 }]);
    expect(state.candidates.map((c) => [c.clusterName, c.position])).toEqual([
      ['Tegal', 0],
      ['Sukabumi', 1],
    ]);
    expect(state.scorers.map((s) => s.name)).toEqual(['Ani', 'Budi']);
    // Two candidates × two criteria of the enabled dimension (social capital is off).
    expect(state.progress).toEqual(scorers.map((scorerId) => ({ scorerId, entered: 0, expected: 4 })));
    expect(state.withheld).toBe(false);
    expect(state.session).toMatchObject({ rubricVersion: 1, rubricSource: null, revealed: false });

    const [summary] = await invoke(env.services, 'selection.sessions.list', {});
    expect(summary).toMatchObject({ id: sessionId, groups: 1, candidates: 2, scorers: 2, entered: 0, expected: 8 });

    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'selection.history.addScorer', params: { name: 'Budi' } });
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null })).scorers).toHaveLength(1);
    await invoke(env.services, 'workspace.redo', {});

    // Moving a candidate to a new group and back keeps positions plain.
    const two = await invoke(env.services, 'selection.groups.add', { sessionId, name: 'Berorientasi pasar ekspor' });
    const exportGroup = two.groups[1]!.id;
    const moved = await invoke(env.services, 'selection.candidates.move', { sessionId, clusterId: clusters[0]!, groupId: exportGroup, position: 5 });
    expect(moved.candidates.map((c) => [c.clusterName, c.groupId, c.position])).toEqual([
      ['Sukabumi', groupId, 0],
      ['Tegal', exportGroup, 0],
    ]);
    const reordered = await invoke(env.services, 'selection.groups.move', { id: exportGroup, position: 0 });
    expect(reordered.groups.map((g) => [g.name, g.position])).toEqual([
      ['Berorientasi pasar ekspor', 0],
      ['Komponen logam/mesin', 1],
    ]);
  });

  it('refuses a duplicate candidate, a missing cluster and a foreign group, writing nothing', async () => {
    const { sessionId, groupId, clusters } = await sessionWith(env.services, env.root);
    const before = selectionCounts(env.services);
    const dup = await refusal(invoke(env.services, 'selection.candidates.add', { sessionId, groupId, clusterIds: [clusters[1]!] }));
    expect([dup.code, dup.params]).toEqual(['duplicateCandidate', { cluster: 'Sukabumi' }]);
    expect((await refusal(invoke(env.services, 'selection.candidates.add', { sessionId, groupId, clusterIds: ['gone'] }))).code).toBe('clusterMissing');
    const other = await invoke(env.services, 'selection.sessions.create', { fields: sessionFields({ name: 'Lain' }), rubric: smallRubric(), source: null });
    expect((await refusal(invoke(env.services, 'selection.candidates.add', { sessionId: other.id, groupId, clusterIds: [clusters[0]!] }))).code).toBe(
      'notFound',
    );
    expect((await refusal(invoke(env.services, 'selection.scorers.add', { sessionId, fields: { name: 'Aktor hilang', actorId: 'no-such-actor' } }))).code).toBe(
      'notFound',
    );
    expect(selectionCounts(env.services)).toEqual({ ...before, selection_sessions: before.selection_sessions! + 1 });
  });

  it('deletes a group with its candidates and their scores in one step, and undo brings all back', async () => {
    const { sessionId, groupId, clusters, scorers } = await sessionWith(env.services, env.root);
    await invoke(env.services, 'selection.scores.set', {
      sessionId,
      scorerId: scorers[0]!,
      enteredBy: scorers[0]!,
      cells: [
        { clusterId: clusters[0]!, criterionId: 'g1', value: 7 },
        { clusterId: clusters[1]!, criterionId: 'g2', value: 3 },
      ],
    });
    const before = selectionCounts(env.services);
    const after = await invoke(env.services, 'selection.groups.delete', { id: groupId });
    expect([after.groups, after.candidates, after.scores]).toEqual([[], [], []]);
    expect(selectionCounts(env.services)).toMatchObject({ selection_candidates: 0, selection_scores: 0, selection_score_log: 2 });
    await invoke(env.services, 'workspace.undo', {});
    expect(selectionCounts(env.services)).toEqual(before);
  });
});

describe('selection scores, consensus and the log', () => {
  it('sets a block of scores in one step, logs every changed cell and clears with null', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root);
    const [ani] = scorers;
    const state = await invoke(env.services, 'selection.scores.set', {
      sessionId,
      scorerId: ani!,
      enteredBy: 'facilitator',
      cells: [
        { clusterId: clusters[0]!, criterionId: 'g1', value: 7 },
        { clusterId: clusters[0]!, criterionId: 'g2', value: 2.5 },
        { clusterId: clusters[1]!, criterionId: 'g1', value: 0 },
      ],
    });
    expect(state.scores.map((s) => [s.clusterId, s.criterionId, s.value, s.enteredBy])).toEqual(
      expect.arrayContaining([
        [clusters[0], 'g1', 7, 'facilitator'],
        [clusters[0], 'g2', 2.5, 'facilitator'],
        [clusters[1], 'g1', 0, 'facilitator'],
      ]),
    );
    expect(state.progress[0]).toEqual({ scorerId: ani, entered: 3, expected: 4 });
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({
      key: 'selection.history.setScores',
      params: { count: '3', name: 'Ani' },
    });

    await invoke(env.services, 'selection.scores.set', {
      sessionId,
      scorerId: ani!,
      enteredBy: ani!,
      cells: [
        { clusterId: clusters[0]!, criterionId: 'g1', value: 8 },
        { clusterId: clusters[0]!, criterionId: 'g2', value: 2.5 },
        { clusterId: clusters[1]!, criterionId: 'g1', value: null },
      ],
    });
    const log = await invoke(env.services, 'selection.log.list', { sessionId, clusterId: clusters[0]!, criterionId: 'g1' });
    expect(log.map((e) => [e.previous, e.value, e.enteredBy])).toEqual([
      [7, 8, ani],
      [null, 7, 'facilitator'],
    ]);
    // The unchanged cell was not logged again; the cleared one is missing again, not zero.
    expect(await invoke(env.services, 'selection.log.list', { sessionId })).toHaveLength(5);
    const now = await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null });
    expect(now.scores.find((s) => s.clusterId === clusters[1])).toBeUndefined();

    // Each call is its own step.
    await invoke(env.services, 'workspace.undo', {});
    const undone = await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null });
    expect(undone.scores.find((s) => s.clusterId === clusters[0] && s.criterionId === 'g1')!.value).toBe(7);
  });

  it('refuses a block with one bad cell and writes none of it', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root);
    const before = selectionCounts(env.services);
    const cells = (bad: { clusterId: string; criterionId: string; value: number }) => ({
      sessionId,
      scorerId: scorers[0]!,
      enteredBy: 'facilitator' as const,
      cells: [{ clusterId: clusters[0]!, criterionId: 'g1', value: 5 }, bad],
    });
    const high = await refusal(invoke(env.services, 'selection.scores.set', cells({ clusterId: clusters[1]!, criterionId: 'g2', value: 6 })));
    expect([high.code, high.params]).toEqual(['scoreOutOfRange', { value: 6, criterion: 'Kondisi permintaan', max: 5 }]);
    expect((await refusal(invoke(env.services, 'selection.scores.set', cells({ clusterId: clusters[1]!, criterionId: 'g2', value: -1 })))).code).toBe(
      'scoreOutOfRange',
    );
    expect((await refusal(invoke(env.services, 'selection.scores.set', cells({ clusterId: clusters[1]!, criterionId: 'zz', value: 1 })))).code).toBe(
      'invalidInput',
    );
    expect((await refusal(invoke(env.services, 'selection.scores.set', cells({ clusterId: 'other', criterionId: 'g1', value: 1 })))).code).toBe('invalidInput');
    expect((await refusal(invoke(env.services, 'selection.scores.set', cells({ clusterId: clusters[1]!, criterionId: 'g1', value: Number.NaN })))).code).toBe(
      'invalidInput',
    );
    // One scorer does not type for another.
    expect(
      (
        await refusal(
          invoke(env.services, 'selection.scores.set', { ...cells({ clusterId: clusters[1]!, criterionId: 'g1', value: 1 }), enteredBy: scorers[1]! }),
        )
      ).code,
    ).toBe('invalidInput');
    expect(selectionCounts(env.services)).toEqual(before);
  });

  it('records a consensus with its note, clears it with a note, and logs both', async () => {
    const { sessionId, clusters } = await sessionWith(env.services, env.root, { fields: { scoringMode: 'consensus' }, scorerNames: [] });
    const set = await invoke(env.services, 'selection.consensus.set', {
      sessionId,
      clusterId: clusters[0]!,
      criterionId: 'g1',
      value: 6,
      note: 'Disepakati setelah diskusi',
    });
    expect(set.consensus).toEqual([expect.objectContaining({ clusterId: clusters[0], criterionId: 'g1', value: 6, note: 'Disepakati setelah diskusi' })]);
    expect(set.progress).toEqual([{ scorerId: 'consensus', entered: 1, expected: 4 }]);
    const blank = await refusal(
      invoke(env.services, 'selection.consensus.set', { sessionId, clusterId: clusters[0]!, criterionId: 'g1', value: 5, note: '  ' }),
    );
    expect(blank.code).toBe('invalidInput');
    expect(
      (await refusal(invoke(env.services, 'selection.consensus.set', { sessionId, clusterId: clusters[0]!, criterionId: 'g1', value: 11, note: 'x' }))).code,
    ).toBe('scoreOutOfRange');
    const cleared = await invoke(env.services, 'selection.consensus.set', {
      sessionId,
      clusterId: clusters[0]!,
      criterionId: 'g1',
      value: null,
      note: 'Salah sel',
    });
    expect(cleared.consensus).toEqual([]);
    const log = await invoke(env.services, 'selection.log.list', { sessionId });
    expect(log.map((e) => [e.scorerId, e.previous, e.value, e.note])).toEqual([
      [null, 6, null, 'Salah sel'],
      [null, null, 6, 'Disepakati setelah diskusi'],
    ]);
  });
});

describe('hidden mode', () => {
  it('shows each scorer only their own scores until every score is in and the facilitator reveals', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root, { fields: { hidden: true } });
    const [ani, budi] = scorers as [string, string];
    const all = (value: number) => clusters.flatMap((clusterId) => ['g1', 'g2'].map((criterionId) => ({ clusterId, criterionId, value })));
    await invoke(env.services, 'selection.scores.set', { sessionId, scorerId: ani, enteredBy: ani, cells: all(4) });

    const asBudi = await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: budi });
    expect([asBudi.withheld, asBudi.scores]).toEqual([true, []]);
    expect(asBudi.progress.map((p) => p.entered)).toEqual([4, 0]);
    const asFacilitator = await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null });
    expect(asFacilitator.scores).toEqual([]);
    expect((await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: ani })).scores).toHaveLength(4);
    expect((await refusal(invoke(env.services, 'selection.log.list', { sessionId }))).code).toBe('scoresHidden');

    const early = await refusal(invoke(env.services, 'selection.sessions.reveal', { id: sessionId }));
    expect([early.code, early.params]).toEqual(['scoresIncomplete', { missing: 4 }]);
    await invoke(env.services, 'selection.scores.set', { sessionId, scorerId: budi, enteredBy: 'facilitator', cells: all(2) });
    const revealed = await invoke(env.services, 'selection.sessions.reveal', { id: sessionId });
    expect(revealed.revealed).toBe(true);
    const open = await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: budi });
    expect([open.withheld, open.scores.length]).toEqual([false, 8]);
  });
});

describe('rubrics', () => {
  it('keeps a library with versions, and a session remembers its source and versions its own copy', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root);
    const saved = await invoke(env.services, 'selection.rubrics.save', { id: null, rubric: smallRubric() });
    expect(saved).toMatchObject({ name: 'Rubrik uji', version: 1, dimensions: 2, criteria: 3 });
    const next = await invoke(env.services, 'selection.rubrics.save', { id: saved.id, rubric: smallRubric({ name: 'Rubrik uji 2' }) });
    expect(next).toMatchObject({ id: saved.id, name: 'Rubrik uji 2', version: 2 });
    expect((await invoke(env.services, 'selection.rubrics.list', {})).map((r) => [r.name, r.version])).toEqual([['Rubrik uji 2', 2]]);

    const started = await invoke(env.services, 'selection.sessions.create', {
      fields: sessionFields({ name: 'Dari pustaka' }),
      rubric: next.rubric,
      source: { id: saved.id, version: 2 },
    });
    expect((await invoke(env.services, 'selection.sessions.get', { id: started.id, asScorer: null })).session.rubricSource).toEqual({
      id: saved.id,
      version: 2,
    });
    await invoke(env.services, 'selection.rubrics.delete', { id: saved.id });
    expect((await invoke(env.services, 'selection.sessions.get', { id: started.id, asScorer: null })).session.rubricSource).toBeNull();

    // A new rubric without g2, and g1's maximum down to 6: the 7 goes, the 5 stays.
    await invoke(env.services, 'selection.scores.set', {
      sessionId,
      scorerId: scorers[0]!,
      enteredBy: 'facilitator',
      cells: [
        { clusterId: clusters[0]!, criterionId: 'g1', value: 7 },
        { clusterId: clusters[1]!, criterionId: 'g1', value: 5 },
        { clusterId: clusters[1]!, criterionId: 'g2', value: 5 },
      ],
    });
    const base = smallRubric();
    const growth = base.dimensions[0]!;
    const changed = await invoke(env.services, 'selection.sessions.setRubric', {
      id: sessionId,
      rubric: { ...base, dimensions: [{ ...growth, total: 6, criteria: [{ ...growth.criteria[0]!, max: 6 }] }, base.dimensions[1]!] },
    });
    expect(changed.rubricVersion).toBe(2);
    const state = await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null });
    expect(state.scores.map((s) => [s.clusterId, s.criterionId, s.value])).toEqual([[clusters[1], 'g1', 5]]);
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null })).scores).toHaveLength(3);
  });

  it('refuses a rubric whose criteria do not add up to the dimension total', async () => {
    const base = smallRubric();
    const bad = await refusal(
      invoke(env.services, 'selection.rubrics.save', {
        id: null,
        rubric: { ...base, dimensions: [{ ...base.dimensions[0]!, total: 54 }, base.dimensions[1]!] },
      }),
    );
    expect(bad.code).toBe('invalidInput');
    expect(bad.params.field).toBe('rubric.dimensions.0.total');
  });
});
