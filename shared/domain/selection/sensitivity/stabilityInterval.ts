import type { SelectionRuleSpec } from '../results/types';
import type { HandleShare } from './linearModel';
import { RANK_TOLERANCE } from '../results/competitionRanks';
import { SLOPE_TOLERANCE, type TopNMove, topNMoveBeyond } from './topNChange';
import type { StabilityInterval, WeightChange } from './types';

/**
 * One group as the search sees it: its clusters' percentages at the current weights (the model's
 * scale, so the maximum is 100), their ids, the rule and the selection it gives now.
 */
export interface GroupFrame {
  ids: string[];
  points: Float64Array;
  rule: SelectionRuleSpec;
  selected: boolean[];
  /** Top N whose cut falls inside a tie: the cheap pairwise bound does not hold, so scan. */
  tieAtCut: boolean;
}

/**
 * Where `D + (k − 1)·slope` reaches zero, for k > 0 (weights cannot go negative); null when it
 * never does. D is a lead at the current weights (k = 1), the slope how fast the weight eats it.
 */
function crossing(lead: number, slope: number): number | null {
  if (Math.abs(slope) <= SLOPE_TOLERANCE) return null;
  // The lead left at k = 0; level there (float noise aside) means they meet only at weight 0.
  if (Math.abs(lead - slope) <= RANK_TOLERANCE) return null;
  const k = 1 - lead / slope;
  return k > 0 ? k : null;
}

/**
 * Collects the nearest boundary on each side of k = 1 with the change it brings. The side is
 * explicit because a boundary can be 1 itself (a tie that any move in that direction breaks).
 */
class Bounds {
  lower = 0;
  upper: number | null = null;
  below: WeightChange | null = null;
  above: WeightChange | null = null;

  offer(side: 'above' | 'below', change: WeightChange): void {
    const k = change.factor;
    if (side === 'above' && (this.upper === null || k < this.upper)) {
      this.upper = k;
      this.above = change;
    } else if (side === 'below' && k > this.lower) {
      this.lower = k;
      this.below = change;
    }
  }

  /** A crossing at k ≠ 1 bounds the side it lies on. */
  offerCrossing(change: WeightChange): void {
    this.offer(change.factor > 1 ? 'above' : 'below', change);
  }
}

/**
 * The stability interval of one weight for one group: the factors k of that weight within which
 * the group's selection stays as it is, and what happens just outside (Visual PROMETHEE's
 * stability intervals, for a weighted sum).
 *
 * Scaling the weight by k moves cluster c's points to x_c + (k − 1)·h_c and the maximum to
 * 100 + (k − 1)·m, both linear in k. The selection can only change where two such lines cross:
 * - top N, no tie at the cut: it stays while every selected cluster stays ahead of every other,
 *   and the first selected / non-selected pair to draw level bounds it: solve
 *   x_s − x_o + (k − 1)(h_s − h_o) = 0 per pair; who enters and leaves is read just beyond;
 * - threshold t: cluster c crosses where its points meet t % of the moving maximum, i.e. against a
 *   virtual competitor at t: x_c − t + (k − 1)(h_c − t/100·m) = 0; a cluster exactly on the
 *   threshold drops at once on the side where its share falls behind;
 * - top N with a tie at the cut: ties inside and outside the cut interact, so every pair's crossing
 *   is a candidate boundary and the rule itself is asked what it selects just beyond each.
 */
export function stabilityInterval(frame: GroupFrame, handle: HandleShare, memberIndex: readonly number[]): StabilityInterval {
  const n = frame.ids.length;
  const x = frame.points;
  const h = Float64Array.from(memberIndex, (i) => handle.share[i]!);
  const m = handle.maxShare;
  const bounds = new Bounds();
  // A weight of zero scaled by any factor is still zero.
  if (m <= 0) return { handle: handle.handle, lower: 0, upper: null, below: null, above: null };
  const change = (kind: WeightChange['kind'], k: number, challenger: number, displaced: number | null): WeightChange => ({
    handle: handle.handle,
    factor: k,
    challenger: frame.ids[challenger]!,
    displaced: displaced === null ? null : frame.ids[displaced]!,
    kind,
  });

  if (frame.rule.kind === 'threshold') {
    const t = frame.rule.percent;
    for (let c = 0; c < n; c++) {
      const lead = x[c]! - t;
      const slope = h[c]! - (t / 100) * m;
      if (Math.abs(lead) <= RANK_TOLERANCE) {
        // On the threshold now: selected, and it falls below as soon as the weight moves the wrong way.
        if (slope > SLOPE_TOLERANCE) bounds.offer('below', change('dropsBelowThreshold', 1, c, null));
        else if (slope < -SLOPE_TOLERANCE) bounds.offer('above', change('dropsBelowThreshold', 1, c, null));
        continue;
      }
      const k = crossing(lead, slope);
      if (k !== null) bounds.offerCrossing(change(frame.selected[c] ? 'dropsBelowThreshold' : 'entersThreshold', k, c, null));
    }
  } else {
    for (const dir of [1, -1] as const) {
      const found = frame.tieAtCut ? scanTopN(frame, h, m, dir) : firstTopNCrossing(frame, h, m, dir);
      if (found) bounds.offer(dir > 0 ? 'above' : 'below', change('overtakes', found.k, found.challenger, found.displaced));
    }
  }
  return { handle: handle.handle, lower: bounds.lower, upper: bounds.upper, below: bounds.below, above: bounds.above };
}

/**
 * Top N without a tie at the cut: the selection holds while every selected cluster stays ahead of
 * every other, so the nearest selected / non-selected crossing on this side is the boundary.
 */
function firstTopNCrossing(frame: GroupFrame, h: Float64Array, m: number, dir: 1 | -1): ({ k: number } & TopNMove) | null {
  const x = frame.points;
  let best: number | null = null;
  frame.selected.forEach((isIn, s) => {
    if (!isIn) return;
    frame.selected.forEach((alsoIn, o) => {
      if (alsoIn) return;
      const k = crossing(x[s]! - x[o]!, h[s]! - h[o]!);
      if (k !== null && (dir > 0 ? k > 1 : k < 1) && (best === null || dir * (k - best) < 0)) best = k;
    });
  });
  if (best === null) return null;
  const move = topNMoveBeyond(frame, h, m, best, dir);
  return move && { k: best, ...move };
}

/**
 * Top N with a tie at the cut: ties inside and outside the cut interact, so every pair's crossing
 * is a candidate, walked outward from k = 1 (1 itself first: splitting the tie may already decide),
 * asking the rule what it selects just beyond each.
 */
function scanTopN(frame: GroupFrame, h: Float64Array, m: number, dir: 1 | -1): ({ k: number } & TopNMove) | null {
  const n = frame.ids.length;
  const x = frame.points;
  const ks = [1];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const k = crossing(x[a]! - x[b]!, h[a]! - h[b]!);
      if (k !== null && (dir > 0 ? k > 1 : k < 1)) ks.push(k);
    }
  ks.sort((a, b) => dir * (a - b));
  for (const k of ks) {
    const move = topNMoveBeyond(frame, h, m, k, dir);
    if (move) return { k, ...move };
  }
  return null;
}
