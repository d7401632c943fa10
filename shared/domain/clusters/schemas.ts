import { z } from 'zod';
import { COUNT_MAX, NAME_MAX, PLAN_HORIZON_YEARS, RUPIAH_MAX, TEXT_MAX, YEAR_MIN, currentYear } from './limits';

/*
 * Validation messages are catalog keys (`validation.*`): the same schema guards the API
 * boundary and the forms, and the renderer shows the key in the user's language.
 */

const text = (max = NAME_MAX) => z.string().trim().max(max, { message: 'validation.tooLong' });
const requiredName = z.string().trim().min(1, { message: 'validation.required' }).max(NAME_MAX, { message: 'validation.tooLong' });

/** A whole, non-negative count (enterprises, workers) or empty when unknown. */
export const countSchema = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.integer' })
  .min(0, { message: 'validation.nonNegative' })
  .max(COUNT_MAX, { message: 'validation.tooLarge' })
  .nullable();

/** An amount in whole Rupiah, or empty when unknown. */
export const rupiahSchema = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.integer' })
  .min(0, { message: 'validation.nonNegative' })
  .max(RUPIAH_MAX, { message: 'validation.tooLarge' })
  .nullable();

/** A year in the past (or this year): founding of a cluster, an event in its history. */
export const pastYearSchema = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.integer' })
  .refine((y) => y >= YEAR_MIN && y <= currentYear(), { message: 'validation.pastYear' })
  .nullable();

/** A program year: from the past up to a planning horizon ahead. */
export const planYearSchema = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.integer' })
  .refine((y) => y >= 1990 && y <= currentYear() + PLAN_HORIZON_YEARS, { message: 'validation.planYear' })
  .nullable();

/** KBLI (Indonesia's standard industrial classification) codes have 2 to 5 digits. */
export const kbliSchema = z
  .string()
  .trim()
  .refine((s) => s === '' || /^\d{2,5}$/.test(s), { message: 'validation.kbli' });

/** JICA's grouping of candidate clusters; `other` for anything outside the three. */
export const clusterGroups = ['metal', 'export', 'domestic', 'other'] as const;
export type ClusterGroup = (typeof clusterGroups)[number];

export const organisationKinds = ['cooperative', 'association', 'other'] as const;

export const rawMaterialSchema = z.object({ material: requiredName, source: text() });
export const marketSchema = z.object({ market: requiredName, channel: text() });
export const organisationSchema = z.object({ name: requiredName, kind: z.enum(organisationKinds) });
/** Enterprise counts for one village of a cluster that spans several (Ceper's Table 1). */
export const villageCountSchema = z.object({
  village: requiredName,
  micro: countSchema,
  small: countSchema,
  medium: countSchema,
  large: countSchema,
});

/** Everything a facilitator edits about a cluster (sentra). */
export const clusterFieldsSchema = z.object({
  name: requiredName,
  village: text(),
  district: text(),
  regency: text(),
  province: text(),
  sector: text(),
  kbli: kbliSchema,
  group: z.enum(clusterGroups),
  enterprisesMicro: countSchema,
  enterprisesSmall: countSchema,
  enterprisesMedium: countSchema,
  enterprisesLarge: countSchema,
  workers: countSchema,
  productionValue: rupiahSchema,
  establishedYear: pastYearSchema,
  mainProducts: z.array(requiredName).max(200),
  rawMaterials: z.array(rawMaterialSchema).max(200),
  markets: z.array(marketSchema).max(200),
  organisations: z.array(organisationSchema).max(200),
  villageCounts: z.array(villageCountSchema).max(500),
  history: text(TEXT_MAX),
  notes: text(TEXT_MAX),
});
export type ClusterFields = z.infer<typeof clusterFieldsSchema>;

export const idSchema = z.string().min(1).max(64);

/** A stored cluster. */
export const clusterSchema = clusterFieldsSchema.extend({
  id: idSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Cluster = z.infer<typeof clusterSchema>;

/** The program a workspace serves: one per workspace. */
export const programObjectSchema = z.object({
  name: requiredName,
  province: text(),
  regency: text(),
  facilitator: text(),
  institution: text(),
  periodStart: planYearSchema,
  periodEnd: planYearSchema,
});

/** A program's period may not end before it starts. */
export const programPeriodRule: [(p: z.infer<typeof programObjectSchema>) => boolean, { message: string; path: string[] }] = [
  (p) => p.periodStart === null || p.periodEnd === null || p.periodEnd >= p.periodStart,
  { message: 'validation.periodOrder', path: ['periodEnd'] },
];

export const programFieldsSchema = programObjectSchema.refine(...programPeriodRule);
export type ProgramFields = z.infer<typeof programFieldsSchema>;

/** A cluster with every field empty but its name: the starting point of the "new cluster" form. */
export function emptyClusterFields(name = ''): ClusterFields {
  return {
    name,
    village: '',
    district: '',
    regency: '',
    province: '',
    sector: '',
    kbli: '',
    group: 'other',
    enterprisesMicro: null,
    enterprisesSmall: null,
    enterprisesMedium: null,
    enterprisesLarge: null,
    workers: null,
    productionValue: null,
    establishedYear: null,
    mainProducts: [],
    rawMaterials: [],
    markets: [],
    organisations: [],
    villageCounts: [],
    history: '',
    notes: '',
  };
}

/** A program with only the defaults: a new workspace starts from this and its name. */
export function emptyProgram(): ProgramFields {
  return { name: '', province: '', regency: '', facilitator: '', institution: '', periodStart: null, periodEnd: null };
}
