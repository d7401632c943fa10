/**
 * `x` rounded half up to `decimals` places, as Table 3.1 prints percentages (45.55… → 45.6).
 * A nudge far below the printed precision keeps binary float error (62.25 stored as
 * 62.2499999…) from rounding down.
 */
export function roundHalfUp(x: number, decimals = 1): number {
  const scale = 10 ** decimals;
  return Math.floor(x * scale + 0.5 + 1e-9) / scale;
}
