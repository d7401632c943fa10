import { type SwotSection, emptySwotSection, swotInterchange } from '../../../shared/domain/swot/interchange';
import type { InterchangeSection } from '../feature';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import { insertItem } from './itemRepository';
import { insertStrategy } from './strategyRepository';
import { type ItemRow, QUADRANT_ORDER, type StrategyRow, type VoteRow, type VoterRow, rowToStrategy, rowToVoter } from './swotRows';
import { insertVote, insertVoter } from './voteRepository';

/** Every SWOT record, in an order fixed by stored values, so exporting twice gives the same text. */
function readSection(r: WorkspaceReader): SwotSection {
  const links = new Map<string, string[]>();
  for (const l of r.all<{ strategy_id: string; item_id: string }>('SELECT strategy_id, item_id FROM tows_links ORDER BY strategy_id, position, id')) {
    links.set(l.strategy_id, [...(links.get(l.strategy_id) ?? []), l.item_id]);
  }
  return {
    swotBoards: r
      .all<{ id: string; dots_per_voter: number }>('SELECT * FROM swot_boards ORDER BY id')
      .map((b) => ({ clusterId: b.id, dotsPerVoter: b.dots_per_voter })),
    swotItems: r.all<ItemRow>(`SELECT * FROM swot_items ORDER BY cluster_id, ${QUADRANT_ORDER}, position, id`).map((i) => ({
      id: i.id,
      clusterId: i.cluster_id,
      quadrant: i.quadrant,
      text: i.text,
      determinant: i.determinant,
      evidence: i.evidence,
      position: i.position,
      createdAt: i.created_at,
      updatedAt: i.updated_at,
    })),
    swotVoters: r.all<VoterRow>('SELECT * FROM swot_voters ORDER BY cluster_id, position, id').map(rowToVoter),
    swotVotes: r.all<VoteRow>('SELECT * FROM swot_votes ORDER BY item_id, voter_id').map((v) => ({ itemId: v.item_id, voterId: v.voter_id, dots: v.dots })),
    towsStrategies: r.all<StrategyRow>('SELECT * FROM tows_strategies ORDER BY cluster_id, position, id').map((s) => rowToStrategy(s, links.get(s.id) ?? [])),
  };
}

/** The SWOT and TOWS sections of the interchange document (format version 3). */
export const swotSection: InterchangeSection = {
  ...swotInterchange,
  empty: () => emptySwotSection(),
  read: readSection,
  // Clusters and actors are written first (their sections come earlier), then what points at them.
  write: (w, doc) => {
    const d = doc as unknown as SwotSection;
    for (const b of d.swotBoards) w.insert('swot_boards', { id: b.clusterId, dots_per_voter: b.dotsPerVoter });
    for (const { id, clusterId, position, createdAt, updatedAt, ...fields } of d.swotItems)
      insertItem(w, clusterId, fields, { id, position, createdAt, updatedAt });
    for (const { id, clusterId, position, ...fields } of d.swotVoters) insertVoter(w, clusterId, fields, { id, position });
    for (const v of d.swotVotes) insertVote(w, v.itemId, v.voterId, v.dots);
    for (const { id, clusterId, position, createdAt, updatedAt, ...fields } of d.towsStrategies)
      insertStrategy(w, clusterId, fields, { id, position, createdAt, updatedAt });
  },
};
