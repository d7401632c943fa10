import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { features } from '../../../electron/services/features';
import type { InterchangeSectionSpec, WorkspaceDocument } from '../../../shared/domain/workspace/interchange';
import { parseWorkspaceDocument } from '../../../shared/domain/workspace/interchange';
import { type SelectionSection, emptySelectionSection } from '../../../shared/domain/selection/interchange';
import { computeResults } from '../../../shared/domain/selection/results/computeResults';
import { toSelectionInput } from '../../../shared/domain/selection/results/toSelectionInput';
import { useTempServices } from '../helpers';
import { sessionFields, sessionWith, smallRubric } from './selectionFixtures';

const env = useTempServices();
const sections: InterchangeSectionSpec[] = features.flatMap((f) => (f.interchange ? [f.interchange] : []));
const selectionKeys = Object.keys(emptySelectionSection()) as (keyof SelectionSection)[];

function parse(text: string): WorkspaceDocument & SelectionSection {
  const r = parseWorkspaceDocument<SelectionSection>(text, sections);
  if (!r.ok) throw new Error(`refused: ${r.code} ${JSON.stringify(r.params)}`);
  return r.doc;
}
const bundledText = () => fs.readFileSync(path.resolve('resources/demo/demo-workspace.json'), 'utf8');

describe('the site-selection sections of the interchange document', () => {
  it('round-trips a session with scorers, hidden mode, consensus and the log exactly', async () => {
    const { sessionId, clusters, scorers } = await sessionWith(env.services, env.root, { fields: { hidden: true } });
    for (const scorerId of scorers) {
      await invoke(env.services, 'selection.scores.set', {
        sessionId,
        scorerId,
        enteredBy: scorerId,
        cells: clusters.flatMap((clusterId, i) => [
          { clusterId, criterionId: 'g1', value: 3 + i },
          { clusterId, criterionId: 'g2', value: 1.5 },
        ]),
      });
    }
    await invoke(env.services, 'selection.sessions.reveal', { id: sessionId });
    await invoke(env.services, 'selection.consensus.set', { sessionId, clusterId: clusters[0]!, criterionId: 'g2', value: 2, note: 'Sepakat: pasar tumbuh' });
    const library = await invoke(env.services, 'selection.rubrics.save', { id: null, rubric: smallRubric() });
    await invoke(env.services, 'selection.sessions.create', {
      fields: sessionFields({ name: 'Dari pustaka', scoringMode: 'consensus' }),
      rubric: library.rubric,
      source: { id: library.id, version: 1 },
    });

    const first = await invoke(env.services, 'workspace.exportJson', {});
    const doc = parse(first);
    expect(doc.selectionScores).toHaveLength(8);
    expect(doc.selectionScoreLog).toHaveLength(9);
    expect(doc.selectionSessions[0]).toMatchObject({ hidden: true, revealed: true, rubricVersion: 1 });
    await invoke(env.services, 'workspace.importJson', { json: first, path: path.join(env.root, 'copy.sentra') });
    const second = await invoke(env.services, 'workspace.exportJson', {});
    expect(JSON.parse(second)).toEqual({ ...(JSON.parse(first) as object), exportedAt: parse(second).exportedAt });
  });

  it('refuses references to nothing, duplicates and scores above the maximum, saying where', async () => {
    await invoke(env.services, 'workspace.openDemo', {});
    const demo = JSON.parse(bundledText()) as Record<string, unknown> & SelectionSection;
    const refused = (change: (d: typeof demo) => void) => {
      const copy = structuredClone(demo);
      change(copy);
      const r = parseWorkspaceDocument(JSON.stringify(copy), sections);
      if (r.ok) throw new Error('expected a refusal');
      return r.params;
    };
    expect(refused((d) => (d.selectionConsensus[0]!.value = 55))).toMatchObject({
      where: 'validation.whereSelectionConsensus',
      cluster: 'Sentra Rotan Amuntai',
      criterion: 'actionTotal',
      session: 'Pemilihan sentra percontohan JICA (2004–2005)',
      field: 'value',
      detail: 'validation.scoreAboveMax',
    });
    expect(refused((d) => d.selectionCandidates.push({ ...d.selectionCandidates[0]! }))).toMatchObject({
      where: 'validation.whereSelectionCandidate',
      row: '11',
      detail: 'validation.duplicateCandidate',
    });
    expect(refused((d) => (d.selectionCandidates[0]!.clusterId = 'nowhere'))).toMatchObject({ detail: 'validation.unknownCluster' });
    expect(refused((d) => (d.selectionGroups[0]!.sessionId = 'nowhere'))).toMatchObject({
      where: 'validation.whereSelectionGroup',
      detail: 'validation.unknownSession',
    });
    expect(refused((d) => (d.selectionConsensus[0]!.criterionId = 'g9'))).toMatchObject({ detail: 'validation.unknownCriterion' });
    expect(refused((d) => d.selectionConsensus.push({ ...d.selectionConsensus[0]! }))).toMatchObject({
      detail: 'validation.duplicateConsensus',
    });
    expect(refused((d) => (d.selectionSessions[0]!.rubricSource = { id: 'gone', version: 1 }))).toMatchObject({
      where: 'validation.whereSelectionSession',
      detail: 'validation.unknownRubric',
    });
    expect(
      refused((d) =>
        d.selectionScores.push({
          sessionId: 'demo-jica-2004',
          clusterId: 'demo-kebumen',
          criterionId: 'growthTotal',
          scorerId: 'nobody',
          value: 3,
          enteredBy: 'facilitator',
          enteredAt: '2026-11-23T00:00:00.000Z',
        }),
      ),
    ).toMatchObject({ where: 'validation.whereSelectionScore', detail: 'validation.unknownScorer' });
    expect(refused((d) => (d.selectionSessions[0]!.rubric.dimensions[0]!.total = 50))).toMatchObject({
      where: 'validation.whereSelectionSession',
      field: 'rubric.dimensions.0.total',
    });
  });

  it('still imports a version-2 document: it reads as a workspace without sessions', async () => {
    const { formatVersion: _, ...demo } = JSON.parse(bundledText()) as Record<string, unknown>;
    for (const key of [...selectionKeys, 'swotBoards', 'swotItems', 'swotVoters', 'swotVotes', 'towsStrategies']) delete demo[key];
    const json = JSON.stringify({ ...demo, formatVersion: 2 });
    await invoke(env.services, 'workspace.importJson', { json, path: path.join(env.root, 'old.sentra') });
    expect(await invoke(env.services, 'selection.sessions.list', {})).toEqual([]);
    expect((await invoke(env.services, 'clusters.list', {})).length).toBeGreaterThanOrEqual(10);
    const exported = parse(await invoke(env.services, 'workspace.exportJson', {}));
    for (const key of selectionKeys) expect(exported[key]).toEqual([]);
  });
});

describe('the demo session', () => {
  it('opens with every selection record, as bundled', async () => {
    await invoke(env.services, 'workspace.openDemo', {});
    const bundled = parse(bundledText());
    const exported = parse(await invoke(env.services, 'workspace.exportJson', {}));
    for (const key of selectionKeys) expect(exported[key]).toEqual(bundled[key]);
  });

  it('reproduces Table 3.1 from JICA’s published totals', async () => {
    await invoke(env.services, 'workspace.openDemo', {});
    const [summary] = await invoke(env.services, 'selection.sessions.list', {});
    expect(summary).toMatchObject({ name: 'Pemilihan sentra percontohan JICA (2004–2005)', candidates: 10, entered: 20, expected: 20 });
    const state = await invoke(env.services, 'selection.sessions.get', { id: summary!.id, asScorer: null });
    const results = computeResults(toSelectionInput(state));
    if (!results.ok) throw new Error(JSON.stringify(results.problems));
    const table = fs
      .readFileSync('/work/shared/data/jica-table-3-1.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const byName = new Map(results.clusters.map((c) => [c.name, c]));
    const names = [
      'Sentra Logam Tegal',
      'Sentra Logam Sukabumi',
      'Sentra Logam Waru-Sidoarjo',
      'Sentra Mebel Kayu Serenan-Klaten',
      'Sentra Rotan Amuntai',
      'Sentra Gambir Lima Puluh Kota',
      'Sentra Minyak Akar Wangi Garut',
      'Sentra Alat Pertanian Tanjung Batu',
      'Sentra Tahu-Tempe Mampang/Bekasi',
      'Sentra Genteng Kebumen',
    ];
    expect(table).toHaveLength(10);
    table.forEach(([, , growth, , action, , percent, rank, pilot], i) => {
      const c = byName.get(names[i]!)!;
      expect([c.dimensions.map((d) => d.score), c.percent, c.rankInGroup, c.selected, c.restsOnMissing]).toEqual([
        [Number(growth), Number(action)],
        Number(percent),
        Number(rank),
        pilot === 'yes',
        false,
      ]);
    });
  });
});
