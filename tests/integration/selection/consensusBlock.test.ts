import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { FACILITATOR } from '../../../shared/domain/selection/codes';
import { errorCode, useTempServices } from '../helpers';
import { selectionCounts, sessionWith } from './selectionFixtures';

const env = useTempServices();

/** The refusal of a call that must fail. */
const refusal = (p: Promise<unknown>) => errorCode(() => p);

/** A consensus session over two clusters (Tegal, Sukabumi) × g1 (max 10), g2 (max 5); no scorers. */
const consensusSession = () => sessionWith(env.services, env.root, { fields: { scoringMode: 'consensus' }, scorerNames: [] });

/** The block a facilitator pastes: rows are the clusters, columns g1 and g2. */
const block = (clusters: string[], rows: (number | null)[][]) =>
  rows.flatMap((row, r) => row.map((value, c) => ({ clusterId: clusters[r]!, criterionId: c === 0 ? 'g1' : 'g2', value })));

/** Rows of cells in one order, whatever order they were written in. */
const byText = (a: unknown, b: unknown) => String(a).localeCompare(String(b));

/** The session's consensus as [cluster, criterion, value, note], in a stable order. */
async function consensusOf(sessionId: string) {
  const state = await invoke(env.services, 'selection.sessions.get', { id: sessionId, asScorer: null });
  return state.consensus.map((c) => [c.clusterId, c.criterionId, c.value, c.note]).sort(byText);
}

describe('a block of consensus scores (selection.consensus.setMany)', () => {
  it('sets the whole block with one note in one undo step, logs every cell, and redoes it', async () => {
    const { sessionId, clusters } = await consensusSession();
    const [tegal, sukabumi] = clusters as [string, string];
    const note = 'Disepakati di rapat kelompok kerja';
    const state = await invoke(env.services, 'selection.consensus.setMany', {
      sessionId,
      note,
      cells: block(clusters, [
        [7, 4],
        [6.5, 3],
      ]),
    });
    expect(state.progress).toEqual([{ scorerId: 'consensus', entered: 4, expected: 4 }]);
    const expected = [
      [sukabumi, 'g1', 6.5, note],
      [sukabumi, 'g2', 3, note],
      [tegal, 'g1', 7, note],
      [tegal, 'g2', 4, note],
    ].sort(byText);
    expect(await consensusOf(sessionId)).toEqual(expected);
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'selection.history.setConsensusBlock', params: { count: '4' } });

    const log = await invoke(env.services, 'selection.log.list', { sessionId });
    expect(log).toHaveLength(4);
    for (const entry of log) expect(entry).toMatchObject({ scorerId: null, previous: null, enteredBy: FACILITATOR, note });
    expect(log.map((e) => e.value).sort()).toEqual([3, 4, 6.5, 7]);

    // One undo takes the whole block away, its log with it; redo brings both back.
    await invoke(env.services, 'workspace.undo', {});
    expect(await consensusOf(sessionId)).toEqual([]);
    expect(await invoke(env.services, 'selection.log.list', { sessionId })).toEqual([]);
    await invoke(env.services, 'workspace.redo', {});
    expect(await consensusOf(sessionId)).toEqual(expected);
    expect(await invoke(env.services, 'selection.log.list', { sessionId })).toHaveLength(4);

    // It is in the file: the file opened again holds the same block.
    const [recent] = await invoke(env.services, 'workspace.recent', {});
    await env.restart();
    await invoke(env.services, 'workspace.open', { path: recent!.path });
    expect(await consensusOf(sessionId)).toEqual(expected);
  });

  it('logs what each cell was, clears with null, restates a value with a new note, and lets the last of repeated cells win', async () => {
    const { sessionId, clusters } = await consensusSession();
    const [tegal, sukabumi] = clusters as [string, string];
    await invoke(env.services, 'selection.consensus.setMany', { sessionId, note: 'Awal', cells: block(clusters, [[7, 4]]) });
    await invoke(env.services, 'selection.consensus.setMany', {
      sessionId,
      note: 'Ditinjau ulang',
      cells: [
        { clusterId: tegal, criterionId: 'g1', value: 8 },
        { clusterId: tegal, criterionId: 'g2', value: 4 },
        { clusterId: sukabumi, criterionId: 'g1', value: 1 },
        { clusterId: sukabumi, criterionId: 'g1', value: 2 },
        { clusterId: sukabumi, criterionId: 'g2', value: null },
      ],
    });
    expect(await consensusOf(sessionId)).toEqual(
      [
        [tegal, 'g1', 8, 'Ditinjau ulang'],
        [tegal, 'g2', 4, 'Ditinjau ulang'],
        [sukabumi, 'g1', 2, 'Ditinjau ulang'],
      ].sort(byText),
    );
    // The empty cell that stays empty is not logged; the repeated cell is logged once, with its last value.
    const review = (await invoke(env.services, 'selection.log.list', { sessionId })).filter((e) => e.note === 'Ditinjau ulang');
    expect(review.map((e) => [e.clusterId, e.criterionId, e.previous, e.value]).sort(byText)).toEqual(
      [
        [tegal, 'g1', 7, 8],
        [tegal, 'g2', 4, 4],
        [sukabumi, 'g1', null, 2],
      ].sort(byText),
    );
  });

  it('refuses a block with one bad cell and writes nothing', async () => {
    const { sessionId, clusters } = await consensusSession();
    const [tegal, sukabumi] = clusters as [string, string];
    await invoke(env.services, 'selection.consensus.setMany', { sessionId, note: 'Awal', cells: block(clusters, [[7, 4]]) });
    const before = selectionCounts(env.services);
    const consensusBefore = await consensusOf(sessionId);
    const historyBefore = await invoke(env.services, 'workspace.history', {});
    const setMany = (cells: { clusterId: string; criterionId: string; value: number | null }[], note = 'Sepakat') =>
      refusal(invoke(env.services, 'selection.consensus.setMany', { sessionId, note, cells }));

    // g2's maximum is 5: the block's last cell is out of range, so its first three are not written either.
    const outOfRange = await setMany(
      block(clusters, [
        [9, 5],
        [8, 6],
      ]),
    );
    expect([outOfRange.code, outOfRange.params]).toEqual(['scoreOutOfRange', { value: 6, criterion: 'Kondisi permintaan', max: 5 }]);
    const unknownCriterion = await setMany([
      { clusterId: tegal, criterionId: 'g1', value: 1 },
      { clusterId: sukabumi, criterionId: 'zz', value: 1 },
    ]);
    expect([unknownCriterion.code, unknownCriterion.params.field]).toEqual(['invalidInput', 'cells.1.criterionId']);
    const unknownCluster = await setMany([
      { clusterId: tegal, criterionId: 'g1', value: 1 },
      { clusterId: 'not-a-candidate', criterionId: 'g1', value: 1 },
    ]);
    expect([unknownCluster.code, unknownCluster.params.field]).toEqual(['invalidInput', 'cells.1.clusterId']);
    expect((await setMany(block(clusters, [[1, 1]]), '   ')).code).toBe('invalidInput');
    expect((await setMany([])).code).toBe('invalidInput');

    expect(selectionCounts(env.services)).toEqual(before);
    expect(await consensusOf(sessionId)).toEqual(consensusBefore);
    expect(await invoke(env.services, 'workspace.history', {})).toEqual(historyBefore);
  });

  it('names one cell the way consensus.set does', async () => {
    const { sessionId, clusters } = await consensusSession();
    await invoke(env.services, 'selection.consensus.setMany', { sessionId, note: 'Sepakat', cells: block(clusters, [[3]]) });
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({ key: 'selection.history.setConsensus', params: {} });
  });
});
