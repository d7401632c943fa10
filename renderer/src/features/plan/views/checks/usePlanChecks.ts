import { useMemo } from 'react';
import { checkPlan } from '../../../../../../shared/domain/plan';
import type { PlanCheck } from '../../../../../../shared/domain/plan/checks';
import type { PlanView } from '../../../../../../shared/domain/plan/types';

/** The plan's checks, worked out again only when the plan itself changed. */
export function usePlanChecks(view: PlanView): PlanCheck[] {
  return useMemo(() => checkPlan(view, view.context), [view]);
}
