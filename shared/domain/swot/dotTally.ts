import type { SwotBoard } from './schemas';

/** The dots each participant has given over the board's items, by voter id (0 for those who gave none). */
export function dotsUsedByVoter(board: Pick<SwotBoard, 'items' | 'voters'>): Map<string, number> {
  const used = new Map(board.voters.map((v) => [v.id, 0]));
  for (const item of board.items) for (const v of item.votes) used.set(v.voterId, (used.get(v.voterId) ?? 0) + v.dots);
  return used;
}

/** The dots a participant still has to give on this board (never below 0). */
export function dotsLeft(board: Pick<SwotBoard, 'items' | 'voters' | 'dotsPerVoter'>, voterId: string): number {
  return Math.max(0, board.dotsPerVoter - (dotsUsedByVoter(board).get(voterId) ?? 0));
}
