import type { ClusterFields, ProgramFields } from './schemas';

/** Each field's label in the catalogs: how forms and error messages name it to the user. */
export const clusterFieldLabels: Record<keyof ClusterFields, string> = {
  name: 'clusters.name',
  village: 'clusters.village',
  district: 'clusters.district',
  regency: 'clusters.regency',
  province: 'clusters.province',
  sector: 'clusters.sector',
  kbli: 'clusters.kbli',
  group: 'clusters.group',
  enterprisesMicro: 'clusters.micro',
  enterprisesSmall: 'clusters.small',
  enterprisesMedium: 'clusters.medium',
  enterprisesLarge: 'clusters.large',
  workers: 'clusters.workers',
  productionValue: 'clusters.productionValue',
  establishedYear: 'clusters.establishedYear',
  mainProducts: 'clusters.mainProducts',
  rawMaterials: 'clusters.rawMaterials',
  markets: 'clusters.markets',
  organisations: 'clusters.sections.organisations',
  villageCounts: 'clusters.sections.villages',
  history: 'clusters.history',
  notes: 'clusters.notes',
};

export const programFieldLabels: Record<keyof ProgramFields, string> = {
  name: 'program.name',
  province: 'program.province',
  regency: 'program.regency',
  facilitator: 'program.facilitator',
  institution: 'program.institution',
  periodStart: 'program.periodStart',
  periodEnd: 'program.periodEnd',
};
