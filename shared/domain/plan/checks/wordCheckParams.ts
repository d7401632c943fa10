import type { PlanCheck } from '../checks';
import { formatMonthSpan } from '../words/formatMonthSpan';
import type { PlanLang } from '../words/monthNames';

/**
 * A check's params ready for its catalog text in `lang`: the months of an activity worded
 * ("Nov 2026 – Feb 2027") in place of the plain `YYYY-MM` text the check carries.
 */
export function wordCheckParams(check: Pick<PlanCheck, 'params'>, lang: PlanLang): PlanCheck['params'] {
  const { start, end } = check.params;
  if (typeof start !== 'string' || typeof end !== 'string') return check.params;
  return { ...check.params, months: formatMonthSpan(start, end, lang) };
}
