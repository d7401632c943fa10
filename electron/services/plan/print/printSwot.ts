import { boardReferences } from '../../../../shared/domain/swot/references';
import { readBoard } from '../../swot/boardRepository';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import type { PrintSwot } from './printModel';

/** The cluster's SWOT items with their codes and dots, and its TOWS strategies citing them; null without items. */
export function printSwot(r: WorkspaceReader, clusterId: string): PrintSwot | null {
  const board = readBoard(r, clusterId);
  if (board.items.length === 0) return null;
  const refs = boardReferences(board);
  return {
    items: board.items.map((i) => ({
      id: i.id,
      code: refs.items.get(i.id)!,
      quadrant: i.quadrant,
      text: i.text,
      determinant: i.determinant,
      evidence: i.evidence,
      dots: i.dots,
    })),
    strategies: board.strategies.map((s) => ({
      id: s.id,
      code: refs.strategies.get(s.id)!,
      kind: s.kind,
      text: s.text,
      // An item deleted since keeps no code: the strategy cites what is still on the board.
      itemCodes: s.itemIds.flatMap((id) => refs.items.get(id) ?? []),
    })),
    voters: board.voters.length,
    dotsPerVoter: board.dotsPerVoter,
  };
}
