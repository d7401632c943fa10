import type { Cluster, ClusterFields, ProgramFields } from '../../../shared/domain/clusters/schemas';
import type { Row } from '../workspace/RowWriter';

/** The `clusters` table's columns for a cluster's editable fields (lists stored as JSON). */
export function clusterFieldsToRow(f: ClusterFields): Row {
  return {
    name: f.name,
    village: f.village,
    district: f.district,
    regency: f.regency,
    province: f.province,
    sector: f.sector,
    kbli: f.kbli,
    cluster_group: f.group,
    enterprises_micro: f.enterprisesMicro,
    enterprises_small: f.enterprisesSmall,
    enterprises_medium: f.enterprisesMedium,
    enterprises_large: f.enterprisesLarge,
    workers: f.workers,
    production_value: f.productionValue,
    established_year: f.establishedYear,
    main_products: JSON.stringify(f.mainProducts),
    raw_materials: JSON.stringify(f.rawMaterials),
    markets: JSON.stringify(f.markets),
    organisations: JSON.stringify(f.organisations),
    village_counts: JSON.stringify(f.villageCounts),
    history: f.history,
    notes: f.notes,
  };
}

interface ClusterRow {
  id: string;
  name: string;
  village: string;
  district: string;
  regency: string;
  province: string;
  sector: string;
  kbli: string;
  cluster_group: Cluster['group'];
  enterprises_micro: number | null;
  enterprises_small: number | null;
  enterprises_medium: number | null;
  enterprises_large: number | null;
  workers: number | null;
  production_value: number | null;
  established_year: number | null;
  main_products: string;
  raw_materials: string;
  markets: string;
  organisations: string;
  village_counts: string;
  history: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function rowToCluster(r: ClusterRow): Cluster {
  return {
    id: r.id,
    name: r.name,
    village: r.village,
    district: r.district,
    regency: r.regency,
    province: r.province,
    sector: r.sector,
    kbli: r.kbli,
    group: r.cluster_group,
    enterprisesMicro: r.enterprises_micro,
    enterprisesSmall: r.enterprises_small,
    enterprisesMedium: r.enterprises_medium,
    enterprisesLarge: r.enterprises_large,
    workers: r.workers,
    productionValue: r.production_value,
    establishedYear: r.established_year,
    mainProducts: JSON.parse(r.main_products) as Cluster['mainProducts'],
    rawMaterials: JSON.parse(r.raw_materials) as Cluster['rawMaterials'],
    markets: JSON.parse(r.markets) as Cluster['markets'],
    organisations: JSON.parse(r.organisations) as Cluster['organisations'],
    villageCounts: JSON.parse(r.village_counts) as Cluster['villageCounts'],
    history: r.history,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export type { ClusterRow };

interface ProgramRow {
  name: string;
  province: string;
  regency: string;
  facilitator: string;
  institution: string;
  period_start: number | null;
  period_end: number | null;
}

export function programToRow(p: ProgramFields): Row {
  return {
    name: p.name,
    province: p.province,
    regency: p.regency,
    facilitator: p.facilitator,
    institution: p.institution,
    period_start: p.periodStart,
    period_end: p.periodEnd,
  };
}

export function rowToProgram(r: ProgramRow): ProgramFields {
  return {
    name: r.name,
    province: r.province,
    regency: r.regency,
    facilitator: r.facilitator,
    institution: r.institution,
    periodStart: r.period_start,
    periodEnd: r.period_end,
  };
}

export type { ProgramRow };
