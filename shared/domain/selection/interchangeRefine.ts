import type { z } from 'zod';
import type { SelectionSection } from './interchange';

type Issue = (path: PropertyKey[], message: string) => void;

/** Joined as the database's composite ids are, so what collides there collides here. */
const key = (...parts: string[]) => parts.join('/');

/**
 * Refuses site-selection records that point at nothing, repeat one another, or hold a score above
 * its criterion's maximum — what the database and the services would refuse, said before anything
 * is written. The score log is history and only has to belong to a session.
 */
export function refineSelection(doc: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const d = doc as unknown as SelectionSection & { clusters?: { id: string }[]; actors?: { id: string }[] };
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', message, path });
  const uniqueIds = (name: keyof SelectionSection, records: readonly { id: string }[]) => {
    const seen = new Set<string>();
    for (const [i, r] of records.entries()) {
      if (seen.has(r.id)) issue([name, i, 'id'], 'validation.duplicateId');
      seen.add(r.id);
    }
  };
  uniqueIds('selectionRubrics', d.selectionRubrics);
  uniqueIds('selectionSessions', d.selectionSessions);
  uniqueIds('selectionGroups', d.selectionGroups);
  uniqueIds('selectionScorers', d.selectionScorers);
  uniqueIds('selectionScoreLog', d.selectionScoreLog);

  const clusters = new Set((d.clusters ?? []).map((c) => c.id));
  const actors = new Set((d.actors ?? []).map((a) => a.id));
  const rubrics = new Set(d.selectionRubrics.map((r) => r.id));
  /** Each session's criteria and their maxima. */
  const maxima = new Map<string, Map<string, number>>();
  for (const [i, s] of d.selectionSessions.entries()) {
    if (s.rubricSource && !rubrics.has(s.rubricSource.id)) issue(['selectionSessions', i, 'rubricSource', 'id'], 'validation.unknownRubric');
    maxima.set(s.id, new Map(s.rubric.dimensions.flatMap((dim) => dim.criteria.map((c) => [c.id, c.max] as const))));
  }
  const knownSession = (name: keyof SelectionSection, i: number, sessionId: string) => {
    if (maxima.has(sessionId)) return true;
    issue([name, i, 'sessionId'], 'validation.unknownSession');
    return false;
  };

  const groups = new Map<string, string>();
  for (const [i, g] of d.selectionGroups.entries()) {
    knownSession('selectionGroups', i, g.sessionId);
    groups.set(g.id, g.sessionId);
  }
  const candidates = new Set<string>();
  for (const [i, c] of d.selectionCandidates.entries()) {
    if (!knownSession('selectionCandidates', i, c.sessionId)) continue;
    if (!clusters.has(c.clusterId)) issue(['selectionCandidates', i, 'clusterId'], 'validation.unknownCluster');
    if (groups.get(c.groupId) !== c.sessionId) issue(['selectionCandidates', i, 'groupId'], 'validation.unknownSelectionGroup');
    if (candidates.has(key(c.sessionId, c.clusterId))) issue(['selectionCandidates', i, 'clusterId'], 'validation.duplicateCandidate');
    candidates.add(key(c.sessionId, c.clusterId));
  }
  const scorers = new Map<string, string>();
  for (const [i, s] of d.selectionScorers.entries()) {
    knownSession('selectionScorers', i, s.sessionId);
    if (s.actorId !== null && !actors.has(s.actorId)) issue(['selectionScorers', i, 'actorId'], 'validation.unknownActor');
    scorers.set(s.id, s.sessionId);
  }

  /** Checks a cell's candidate, criterion and value; true when it may be counted for duplicates. */
  const checkCell = (name: keyof SelectionSection, i: number, cell: { sessionId: string; clusterId: string; criterionId: string; value: number }) => {
    if (!knownSession(name, i, cell.sessionId)) return false;
    if (!candidates.has(key(cell.sessionId, cell.clusterId))) issue([name, i, 'clusterId'], 'validation.notCandidate');
    const max = maxima.get(cell.sessionId)!.get(cell.criterionId);
    if (max === undefined) issue([name, i, 'criterionId'], 'validation.unknownCriterion');
    else if (cell.value > max) issue([name, i, 'value'], 'validation.scoreAboveMax');
    return true;
  };
  const scores = new Set<string>();
  for (const [i, s] of d.selectionScores.entries()) {
    if (!checkCell('selectionScores', i, s)) continue;
    if (scorers.get(s.scorerId) !== s.sessionId) issue(['selectionScores', i, 'scorerId'], 'validation.unknownScorer');
    const k = key(s.sessionId, s.clusterId, s.criterionId, s.scorerId);
    if (scores.has(k)) issue(['selectionScores', i, 'value'], 'validation.duplicateScore');
    scores.add(k);
  }
  const consensus = new Set<string>();
  for (const [i, c] of d.selectionConsensus.entries()) {
    if (!checkCell('selectionConsensus', i, c)) continue;
    const k = key(c.sessionId, c.clusterId, c.criterionId);
    if (consensus.has(k)) issue(['selectionConsensus', i, 'value'], 'validation.duplicateConsensus');
    consensus.add(k);
  }
  for (const [i, e] of d.selectionScoreLog.entries()) knownSession('selectionScoreLog', i, e.sessionId);
}
