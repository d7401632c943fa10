import { determinants } from '../../shared/domain/selection/codes';
import type { Rubric, ScoreCell, SessionState } from '../../shared/domain/selection/schemas';
import { seededRandom } from './syntheticMap';

/** The size issue 8's targets are set for. */
export interface SyntheticSessionSize {
  groups: number;
  candidatesPerGroup: number;
  dimensions: number;
  criteriaPerDimension: number;
  scorers: number;
}

export const BENCH_SESSION: SyntheticSessionSize = { groups: 5, candidatesPerGroup: 20, dimensions: 5, criteriaPerDimension: 8, scorers: 15 };

const MAX = 10;

function syntheticRubric(size: SyntheticSessionSize): Rubric {
  return {
    name: 'Rubrik sintetis',
    note: '',
    dimensions: Array.from({ length: size.dimensions }, (_, d) => ({
      id: `d${d + 1}`,
      name: `Dimensi ${d + 1}`,
      description: '',
      total: size.criteriaPerDimension * MAX,
      weight: 1,
      optional: false,
      enabled: true,
      criteria: Array.from({ length: size.criteriaPerDimension }, (_, c) => ({
        id: `d${d + 1}c${c + 1}`,
        name: `Kriteria ${d + 1}.${c + 1}`,
        description: '',
        max: MAX,
        weight: 1,
        determinant: determinants[d % determinants.length]!,
      })),
    })),
  };
}

/**
 * A finished, revealed scoring session as the service would give it (for benchmarks): every
 * scorer has scored every cell, 0–10 in whole points, each cluster with its own level and each
 * scorer with their own leniency, so rankings differ and near-ties happen as they do in a room.
 * Seeded: the same size and seed give the same session.
 */
export function syntheticSession(size: SyntheticSessionSize = BENCH_SESSION, seed = 8): SessionState {
  const rnd = seededRandom(seed);
  const rubric = syntheticRubric(size);
  const criteria = rubric.dimensions.flatMap((d) => d.criteria);
  const at = '2026-11-28T09:00:00.000Z';
  const groups = Array.from({ length: size.groups }, (_, g) => ({ id: `g${g + 1}`, name: `Kelompok ${g + 1}`, position: g }));
  const candidates = groups.flatMap((g) =>
    Array.from({ length: size.candidatesPerGroup }, (_, i) => ({
      clusterId: `${g.id}-k${i + 1}`,
      clusterName: `Sentra ${g.position + 1}.${i + 1}`,
      groupId: g.id,
      position: i,
    })),
  );
  const scorers = Array.from({ length: size.scorers }, (_, s) => ({ id: `s${s + 1}`, name: `Penilai ${s + 1}`, actorId: null, position: s }));
  const scores: ScoreCell[] = [];
  for (const c of candidates) {
    const level = 0.3 + 0.6 * rnd();
    const strengths = criteria.map(() => (rnd() - 0.5) * 0.4);
    for (const s of scorers) {
      const leniency = (rnd() - 0.5) * 0.2;
      criteria.forEach((k, j) => {
        const v = Math.round((level + strengths[j]! + leniency + (rnd() - 0.5) * 0.3) * k.max);
        scores.push({ clusterId: c.clusterId, criterionId: k.id, scorerId: s.id, value: Math.min(k.max, Math.max(0, v)), enteredBy: s.id, enteredAt: at });
      });
    }
  }
  const expected = candidates.length * criteria.length;
  return {
    session: {
      id: 'bench-session',
      name: 'Sesi sintetis',
      heldOn: '2026-11-28',
      note: '',
      scoringMode: 'scorers',
      hidden: false,
      aggregation: 'mean',
      rule: 'topN',
      topN: 1,
      threshold: 60,
      rubric,
      rubricSource: null,
      rubricVersion: 1,
      revealed: false,
      createdAt: at,
      updatedAt: at,
    },
    groups,
    candidates,
    scorers,
    scores,
    consensus: [],
    progress: scorers.map((s) => ({ scorerId: s.id, entered: expected, expected })),
    withheld: false,
  };
}
