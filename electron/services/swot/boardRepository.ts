import { AppError } from '../../../shared/contract/errors';
import { DEFAULT_DOTS } from '../../../shared/domain/swot/codes';
import type { SwotBoard } from '../../../shared/domain/swot/schemas';
import { assertCluster } from '../stakeholders/actorRepository';
import type { RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { type ItemRow, QUADRANT_ORDER, type StrategyRow, type VoterRow, rowToItem, rowToStrategy, rowToVoter } from './swotRows';

/*
 * A cluster's board: the dots each participant may give (a `swot_boards` row only once someone
 * changed it), its items in quadrant order, its participants and its TOWS strategies.
 */

/** The dots each participant of the cluster may give: the stored number, else DEFAULT_DOTS. */
export function dotsPerVoter(r: WorkspaceReader, clusterId: string): number {
  return r.get<{ dots_per_voter: number }>('SELECT dots_per_voter FROM swot_boards WHERE id = ?', clusterId)?.dots_per_voter ?? DEFAULT_DOTS;
}

/** The whole board of a cluster; clusterMissing when there is no such cluster. Nothing is written. */
export function readBoard(r: WorkspaceReader, clusterId: string): SwotBoard {
  assertCluster(r, clusterId);
  const voters = r.all<VoterRow>('SELECT * FROM swot_voters WHERE cluster_id = ? ORDER BY position, id', clusterId).map(rowToVoter);
  const voterOrder = new Map(voters.map((v, i) => [v.id, i]));
  const votes = new Map<string, { voterId: string; dots: number }[]>();
  const voteRows = r.all<{ item_id: string; voter_id: string; dots: number }>(
    'SELECT v.item_id, v.voter_id, v.dots FROM swot_votes v JOIN swot_items i ON i.id = v.item_id WHERE i.cluster_id = ?',
    clusterId,
  );
  for (const v of voteRows) {
    const list = votes.get(v.item_id) ?? [];
    list.push({ voterId: v.voter_id, dots: v.dots });
    votes.set(v.item_id, list);
  }
  for (const list of votes.values()) list.sort((a, b) => (voterOrder.get(a.voterId) ?? 0) - (voterOrder.get(b.voterId) ?? 0));
  const items = r
    .all<ItemRow>(`SELECT * FROM swot_items WHERE cluster_id = ? ORDER BY ${QUADRANT_ORDER}, position, id`, clusterId)
    .map((row) => rowToItem(row, votes.get(row.id) ?? []));
  const links = new Map<string, string[]>();
  const linkRows = r.all<{ strategy_id: string; item_id: string }>(
    'SELECT l.strategy_id, l.item_id FROM tows_links l JOIN tows_strategies s ON s.id = l.strategy_id WHERE s.cluster_id = ? ORDER BY l.position, l.id',
    clusterId,
  );
  for (const l of linkRows) links.set(l.strategy_id, [...(links.get(l.strategy_id) ?? []), l.item_id]);
  const strategies = r
    .all<StrategyRow>('SELECT * FROM tows_strategies WHERE cluster_id = ? ORDER BY position, id', clusterId)
    .map((row) => rowToStrategy(row, links.get(row.id) ?? []));
  return { clusterId, dotsPerVoter: dotsPerVoter(r, clusterId), items, voters, strategies };
}

/** The dots each participant has given over the cluster's items, by voter id (only those who gave any). */
export function dotsUsed(r: WorkspaceReader, clusterId: string): Map<string, number> {
  const rows = r.all<{ voter_id: string; used: number }>(
    'SELECT v.voter_id, SUM(v.dots) AS used FROM swot_votes v JOIN swot_voters p ON p.id = v.voter_id WHERE p.cluster_id = ? GROUP BY v.voter_id',
    clusterId,
  );
  return new Map(rows.map((row) => [row.voter_id, row.used]));
}

/**
 * Sets the dots each participant may give. Lowering it below what someone has already given is
 * refused (tooManyDots, naming the first such participant): their dots are theirs to take back.
 */
export function saveDotsPerVoter(w: RowWriter, clusterId: string, dots: number): void {
  assertCluster(w, clusterId);
  const used = dotsUsed(w, clusterId);
  const voters = w.all<VoterRow>('SELECT * FROM swot_voters WHERE cluster_id = ? ORDER BY position, id', clusterId);
  const over = voters.find((v) => (used.get(v.id) ?? 0) > dots);
  if (over) throw new AppError('tooManyDots', { voter: over.name, limit: dots, used: used.get(over.id)! });
  if (!w.update('swot_boards', clusterId, { dots_per_voter: dots })) w.insert('swot_boards', { id: clusterId, dots_per_voter: dots });
}
