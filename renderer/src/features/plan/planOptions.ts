import type { TFunction } from 'i18next';
import { approvalHeadings, planAreas, programStatuses, type PlanArea } from '../../../../shared/domain/plan/codes';
import type { FundingSource } from '../../../../shared/domain/plan/types';
import type { Option } from './planFields';

/*
 * The plan's coded values as the user reads them. Names are catalog keys built from the value:
 * `selection.codes.determinants.<area>`, `plan.codes.statuses.<status>`,
 * `plan.codes.funding.<key>`, `plan.codes.approvalHeadings.<heading>`.
 */

/** A diamond determinant or social capital, by name. */
export const areaName = (t: TFunction, area: PlanArea): string => t(`selection.codes.determinants.${area}`);

export const areaOptions = (t: TFunction): Option[] => planAreas.map((a) => ({ value: a, label: areaName(t, a) }));

export const statusOptions = (t: TFunction): Option[] => programStatuses.map((s) => ({ value: s, label: t(`plan.codes.statuses.${s}`) }));

export const headingOptions = (t: TFunction): Option[] => approvalHeadings.map((h) => ({ value: h, label: t(`plan.codes.approvalHeadings.${h}`) }));

/** A funding source's name: the one the facilitator gave it, else a built-in source's catalog name. */
export function fundingName(t: TFunction, source: Pick<FundingSource, 'key' | 'name'>): string {
  if (source.name.trim() !== '' || source.key === null) return source.name;
  return t(`plan.codes.funding.${source.key}`);
}

export const fundingOptions = (t: TFunction, funding: readonly FundingSource[]): Option[] => funding.map((s) => ({ value: s.id, label: fundingName(t, s) }));
