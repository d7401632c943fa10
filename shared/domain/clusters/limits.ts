/** Bounds shared by validation messages and the schemas, so the text always matches the rule. */
export const YEAR_MIN = 1200;
/** Plans reach ten years ahead (JICA's 10-year vision), so program periods may too. */
export const PLAN_HORIZON_YEARS = 30;
export const NAME_MAX = 160;
export const TEXT_MAX = 20_000;
/** Larger than any Indonesian cluster's annual output in Rupiah, small enough to stay an exact integer. */
export const RUPIAH_MAX = 1e15;
export const COUNT_MAX = 10_000_000;

/** The current year, read once per call so long sessions across New Year stay right. */
export function currentYear(now: Date = new Date()): number {
  return now.getFullYear();
}
