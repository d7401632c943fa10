import type { TFunction } from 'i18next';
import { clusterGroups, organisationKinds } from '../../../../shared/domain/clusters/schemas';

/** JICA's cluster groups as select options in the current language. */
export function groupOptions(t: TFunction) {
  return clusterGroups.map((g) => ({ value: g, label: t(`clusters.groups.${g}`) }));
}

export function organisationKindOptions(t: TFunction) {
  return organisationKinds.map((k) => ({ value: k, label: t(`clusters.orgKinds.${k}`) }));
}
