import type { Session, ScorerProgress } from '../../../shared/domain/selection/schemas';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { CONSENSUS_PROGRESS } from '../../../shared/domain/selection/codes';
import { criteriaOf } from './selectionRows';

export interface SessionProgress {
  /** Per scorer (scorers mode), or one row {@link CONSENSUS_PROGRESS} (consensus mode). */
  rows: ScorerProgress[];
  entered: number;
  expected: number;
}

/**
 * How many cells are in, counted from the stored rows: only criteria of enabled dimensions count
 * (scores of a switched-off dimension stay stored for when it is switched on again).
 */
export function sessionProgress(r: WorkspaceReader, session: Session): SessionProgress {
  const enabled = new Set([...criteriaOf(session.rubric)].filter(([, c]) => c.enabled).map(([id]) => id));
  const candidates = r.get<{ n: number }>('SELECT COUNT(*) AS n FROM selection_candidates WHERE session_id = ?', session.id)!.n;
  const perCell = candidates * enabled.size;
  if (session.scoringMode === 'consensus') {
    const entered = r
      .all<{ criterion_id: string; n: number }>(
        'SELECT criterion_id, COUNT(*) AS n FROM selection_consensus WHERE session_id = ? GROUP BY criterion_id',
        session.id,
      )
      .reduce((s, c) => s + (enabled.has(c.criterion_id) ? c.n : 0), 0);
    return { rows: [{ scorerId: CONSENSUS_PROGRESS, entered, expected: perCell }], entered, expected: perCell };
  }
  const scorers = r.all<{ id: string }>('SELECT id FROM selection_scorers WHERE session_id = ? ORDER BY position, id', session.id);
  const counts = new Map<string, number>();
  for (const c of r.all<{ scorer_id: string; criterion_id: string; n: number }>(
    'SELECT scorer_id, criterion_id, COUNT(*) AS n FROM selection_scores WHERE session_id = ? GROUP BY scorer_id, criterion_id',
    session.id,
  )) {
    if (enabled.has(c.criterion_id)) counts.set(c.scorer_id, (counts.get(c.scorer_id) ?? 0) + c.n);
  }
  const rows = scorers.map((s) => ({ scorerId: s.id, entered: counts.get(s.id) ?? 0, expected: perCell }));
  return { rows, entered: rows.reduce((s, p) => s + p.entered, 0), expected: perCell * scorers.length };
}
