import type { TFunction } from 'i18next';
import type { PlanContext, WhyRef } from '../../../../../shared/domain/plan/types';
import type { Option } from '../planFields';

/**
 * The cluster's TOWS strategies to take a 3-year strategy from, as "SO1 — text". The one the
 * strategy is linked to stays offered after it was deleted, marked, so the link still shows.
 */
export function towsOptions(t: TFunction, tows: PlanContext['towsStrategies'], linked: WhyRef | null): Option[] {
  const options = tows.map((s) => ({ value: s.id, label: t('planEditor.codeText', { code: s.code, text: s.text }) }));
  if (linked?.deleted && !tows.some((s) => s.id === linked.targetId))
    options.unshift({ value: linked.targetId, label: t('planEditor.codeTextDeleted', { code: linked.code, text: linked.text }) });
  return options;
}
