import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import { toSelectionInput } from '../../../../shared/domain/selection/results/toSelectionInput';
import { readSessionState } from '../../selection/sessionState';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import type { PrintSelection } from './printModel';

/**
 * The site-selection results of the most recently changed session in which the cluster is a
 * candidate and was rated: its group as Table 3.1 prints it, and its scores per determinant.
 * Sessions whose scores are still hidden, or whose results cannot be computed, are passed over,
 * so the document never shows results the screen would not.
 */
export function printSelection(r: WorkspaceReader, clusterId: string): PrintSelection | null {
  const sessions = r.all<{ id: string }>(
    `SELECT DISTINCT s.id, s.updated_at FROM selection_candidates c JOIN selection_sessions s ON s.id = c.session_id
     WHERE c.cluster_id = ? ORDER BY s.updated_at DESC, s.id`,
    clusterId,
  );
  for (const { id } of sessions) {
    const state = readSessionState(r, id, null);
    if (state.withheld) continue;
    const input = toSelectionInput(state);
    const results = computeResults(input);
    if (!results.ok) continue;
    const own = results.clusters.find((c) => c.clusterId === clusterId);
    if (!own?.rated) continue;
    const group = results.groups.find((g) => g.groupId === own.groupId)!;
    const byId = new Map(results.clusters.map((c) => [c.clusterId, c]));
    const names = new Map(input.rubric.dimensions.map((d) => [d.id, d.name]));
    return {
      sessionName: state.session.name,
      heldOn: state.session.heldOn,
      groupName: group.name,
      rubricNote: input.rubric.note.trim(),
      dimensions: own.dimensions.map((d) => ({ id: d.dimensionId, name: names.get(d.dimensionId) ?? d.dimensionId })),
      rows: group.ranking.map((cid) => {
        const c = byId.get(cid)!;
        return {
          clusterId: c.clusterId,
          name: c.name,
          scores: c.dimensions.map((d) => ({ score: d.score, max: d.max })),
          total: c.total,
          max: c.max,
          percent: c.rated ? c.percent : null,
          rankInGroup: c.rankInGroup,
          selected: c.selected,
          restsOnMissing: c.restsOnMissing,
          current: c.clusterId === clusterId,
        };
      }),
      determinants: own.determinants,
    };
  }
  return null;
}
