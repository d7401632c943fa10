import { invoke, type Services } from '../../../electron/services/createServices';
import type { Rubric, SessionFields } from '../../../shared/domain/selection/schemas';
import { sampleCluster } from '../helpers';

/** A small rubric: growth (g1 max 10, g2 max 5) and an optional social-capital dimension (s1 max 4), switched off. */
export function smallRubric(overrides: Partial<Rubric> = {}): Rubric {
  return {
    name: 'Rubrik uji',
    note: '',
    dimensions: [
      {
        id: 'growth',
        name: 'Peluang pertumbuhan',
        description: '',
        total: 15,
        weight: 1,
        optional: false,
        enabled: true,
        criteria: [
          { id: 'g1', name: 'Kondisi faktor', description: '', max: 10, weight: 1, determinant: 'factor' },
          { id: 'g2', name: 'Kondisi permintaan', description: '', max: 5, weight: 1, determinant: 'demand' },
        ],
      },
      {
        id: 'social',
        name: 'Modal sosial',
        description: '',
        total: 4,
        weight: 1,
        optional: true,
        enabled: false,
        criteria: [{ id: 's1', name: 'Kepercayaan', description: '', max: 4, weight: 1, determinant: 'socialCapital' }],
      },
    ],
    ...overrides,
  };
}

export function sessionFields(overrides: Partial<SessionFields> = {}): SessionFields {
  return {
    name: 'Pemilihan uji',
    heldOn: '2026-11-28',
    note: '',
    scoringMode: 'scorers',
    hidden: false,
    aggregation: 'mean',
    rule: 'topN',
    topN: 1,
    threshold: 50,
    ...overrides,
  };
}

export interface SessionSetup {
  sessionId: string;
  groupId: string;
  clusters: string[];
  scorers: string[];
}

export interface SessionOptions {
  clusterNames?: string[];
  scorerNames?: string[];
  fields?: Partial<SessionFields>;
  rubric?: Rubric;
}

/**
 * A new workspace with `clusterNames` clusters, one session over them in one group, and
 * `scorerNames` typed scorers.
 */
export async function sessionWith(
  services: Services,
  dir: string,
  { clusterNames = ['Tegal', 'Sukabumi'], scorerNames = ['Ani', 'Budi'], fields = {}, rubric = smallRubric() }: SessionOptions = {},
): Promise<SessionSetup> {
  await invoke(services, 'workspace.create', { dir, fileName: 'selection', programName: 'Program' });
  const clusters: string[] = [];
  for (const name of clusterNames) clusters.push((await invoke(services, 'clusters.create', sampleCluster(name))).id);
  const { id: sessionId } = await invoke(services, 'selection.sessions.create', { fields: sessionFields(fields), rubric, source: null });
  const withGroup = await invoke(services, 'selection.groups.add', { sessionId, name: 'Komponen logam/mesin' });
  const groupId = withGroup.groups[0]!.id;
  await invoke(services, 'selection.candidates.add', { sessionId, groupId, clusterIds: clusters });
  for (const name of scorerNames) await invoke(services, 'selection.scorers.add', { sessionId, fields: { name, actorId: null } });
  const state = await invoke(services, 'selection.sessions.get', { id: sessionId, asScorer: null });
  return { sessionId, groupId, clusters, scorers: state.scorers.map((s) => s.id) };
}

/** Row counts of the selection tables: what "nothing written" is checked against. */
export function selectionCounts(services: Services): Record<string, number> {
  const r = services.registry.current('local').reader;
  const tables = [
    'selection_rubrics',
    'selection_sessions',
    'selection_groups',
    'selection_candidates',
    'selection_scorers',
    'selection_scores',
    'selection_consensus',
    'selection_score_log',
  ];
  return Object.fromEntries(tables.map((t) => [t, r.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`)!.n]));
}
