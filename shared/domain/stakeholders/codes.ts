/**
 * The coded values of the stakeholder map (DOMAIN.md, "Stakeholders"; JICA 2.3). Codes are
 * stored in the file and in exports; their names in both languages are in the
 * `stakeholders.codes.*` catalog, which imports also match against.
 */

/** Kinds of actor, in the order DOMAIN.md lists them. */
export const actorKinds = [
  'ministry',
  'agency',
  'forum',
  'workingGroup',
  'programUnit',
  'sme',
  'cooperative',
  'association',
  'bds',
  'bank',
  'university',
  'institute',
  'largeCompany',
  'buyer',
  'supplier',
  'ngo',
  'media',
  'other',
] as const;
export type ActorKind = (typeof actorKinds)[number];

/** The quadruple helix of the seeds (PAPP): who an actor answers to. */
export const sectors = ['government', 'academia', 'business', 'community'] as const;
export type Sector = (typeof sectors)[number];

export const levels = ['national', 'provincial', 'regency', 'cluster'] as const;
export type Level = (typeof levels)[number];

/** JICA 2.3's three roles. */
export const roles = ['policyMaker', 'executor', 'supporter'] as const;
export type Role = (typeof roles)[number];

export const attitudes = ['supportive', 'neutral', 'resistant'] as const;
export type Attitude = (typeof attitudes)[number];

/** Kinds of tie; supply is the backward linkage (inputs), sales the forward one (markets). */
export const tieTypes = ['collaboration', 'information', 'supply', 'sales', 'finance', 'support', 'membership', 'conflict'] as const;
export type TieType = (typeof tieTypes)[number];

/** A cell of the responsibility matrix (JICA Table 4.1); an empty cell has no row. */
export const matrixValues = ['part', 'lead'] as const;
export type MatrixValue = (typeof matrixValues)[number];

/** The sector an actor of this kind usually belongs to: the form's default, never a rule. */
export const defaultSectorOf: Record<ActorKind, Sector> = {
  ministry: 'government',
  agency: 'government',
  forum: 'community',
  workingGroup: 'community',
  programUnit: 'government',
  sme: 'business',
  cooperative: 'business',
  association: 'business',
  bds: 'business',
  bank: 'business',
  university: 'academia',
  institute: 'academia',
  largeCompany: 'business',
  buyer: 'business',
  supplier: 'business',
  ngo: 'community',
  media: 'community',
  other: 'community',
};

/** Scales of the map: influence and interest 0–5 (Net-Map's towers), strength and trust 1–5. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 5;
export const TIE_SCALE_MIN = 1;
export const TIE_SCALE_MAX = 5;
