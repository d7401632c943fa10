import { RANK_TOLERANCE } from '../results/competitionRanks';
import { selectInGroup } from '../results/selectInGroup';
import type { GroupFrame } from './stabilityInterval';

/** A slope this small is float noise from summing equal shares, not a real difference. */
export const SLOPE_TOLERANCE = 1e-12;

/** Members by their index in the group frame: who comes into a top-N selection and who is pushed out. */
export interface TopNMove {
  challenger: number;
  displaced: number | null;
}

/**
 * Who enters and who leaves a top-N selection just beyond factor k of one weight, moving away
 * from 1 in direction `dir`. "Just beyond" is exact, not a probe: clusters level at k are ordered
 * by how fast the weight moves them apart (their shares), so simultaneous crossings and ties the
 * weight does not split come out as the rule would see them a hair further on. Null when the
 * selection there is the same as now.
 */
export function topNMoveBeyond(frame: GroupFrame, h: Float64Array, m: number, k: number, dir: 1 | -1): TopNMove | null {
  const x = frame.points;
  const scale = 100 / (100 + (k - 1) * m);
  const pct = Float64Array.from(x, (v, i) => (v + (k - 1) * h[i]!) * scale);
  const better = (a: number, b: number) => {
    const d = pct[a]! - pct[b]!;
    return d > RANK_TOLERANCE || (Math.abs(d) <= RANK_TOLERANCE && dir * (h[a]! - h[b]!) > SLOPE_TOLERANCE);
  };
  const order = [...pct.keys()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const rank = new Array<number>(order.length);
  order.forEach((i, p) => (rank[i] = p > 0 && !better(order[p - 1]!, i) ? rank[order[p - 1]!]! : p + 1));
  const { selected } = selectInGroup(
    [...pct.keys()].map((i) => ({ rankInGroup: rank[i]!, percentExact: pct[i]!, rated: true })),
    frame.rule,
  );
  const entering = order.filter((i) => selected[i] && !frame.selected[i]);
  const leaving = order.filter((i) => frame.selected[i] && !selected[i]).reverse();
  if (entering.length === 0 && leaving.length === 0) return null;
  const displaced = leaving[0] ?? null;
  // Nobody new: a tied cluster pulled ahead of the displaced one it was level with.
  const challenger =
    entering[0] ?? order.find((i) => selected[i] && displaced !== null && i !== displaced && x[i]! <= x[displaced]! + RANK_TOLERANCE) ?? order[0]!;
  return { challenger, displaced };
}
