import type { ActorKind } from '../../stakeholders/codes';
import type { PlanArea } from '../codes';

/** Where a template comes from: JICA's twelve action programs (Table 5.1) or the pilot programs of Box 3.1. */
export const templateKinds = ['jica', 'pilot'] as const;
export type TemplateKind = (typeof templateKinds)[number];

/** A suggested activity: its first month (0 = January of the plan year) and how many months it runs. */
export interface TemplateActivity {
  /** Catalog key under the template's `activities.`; a repeated activity (a quarterly seminar) repeats its key. */
  key: string;
  start: number;
  months: number;
}

/** A suggested actor, written as a typed name; `kind` lets the editor propose the map's actors of that kind. */
export interface TemplateActor {
  key: string;
  kind: ActorKind;
}

/**
 * A starting point for a 1-year action program. Its words live in the `planTemplates` catalogs under
 * `planTemplates.programs.<key>` (see `templateCatalogKeys`); this holds only what is not words.
 */
export interface ProgramTemplate {
  key: string;
  kind: TemplateKind;
  /** The determinant (or social capital) the program strengthens. */
  area: PlanArea;
  /** The kind of agency that takes the initiative (Table 5.1's underlined agency); its name is `lead`. */
  leadKind: ActorKind;
  participants: TemplateActor[];
  activities: TemplateActivity[];
  /** Catalog keys under `indicators.`, each with a name, a target and a means of verification. */
  indicators: string[];
}

function template(
  key: string,
  kind: TemplateKind,
  area: PlanArea,
  leadKind: ActorKind,
  participants: [string, ActorKind][],
  activities: [string, number, number][],
  indicators: string[],
): ProgramTemplate {
  return {
    key,
    kind,
    area,
    leadKind,
    participants: participants.map(([k, actorKind]) => ({ key: k, kind: actorKind })),
    activities: activities.map(([k, start, months]) => ({ key: k, start, months })),
    indicators,
  };
}

/**
 * Every program template, JICA's first. The schedules follow the report where it gives one (the
 * provincial forum's 3 + 1 + 6 months, the quarterly seminar and monthly meeting, the four
 * three-month studies of the machinery program); elsewhere they are Sentra's suggestion.
 */
export const programTemplates: readonly ProgramTemplate[] = [
  // JICA (2004), Table 5.1: the twelve action programs, in its order.
  template(
    'provincialForum',
    'jica',
    'related',
    'agency',
    [
      ['dinasProvinsi', 'agency'],
      ['dinasKabupaten', 'agency'],
      ['banks', 'bank'],
      ['universities', 'university'],
    ],
    [
      ['guideline', 0, 3],
      ['leaders', 3, 1],
      ['identification', 4, 6],
    ],
    ['formed', 'clusters'],
  ),
  template(
    'localForum',
    'jica',
    'socialCapital',
    'agency',
    [
      ['regency', 'agency'],
      ['smes', 'sme'],
      ['universities', 'university'],
      ['facilitator', 'bds'],
    ],
    [
      ['guideline', 0, 3],
      ['guidance', 3, 1],
      ['clusterForum', 4, 2],
    ],
    ['formed', 'meetings'],
  ),
  template(
    'facilitatorTraining',
    'jica',
    'related',
    'ministry',
    [
      ['dinas', 'agency'],
      ['lpm', 'university'],
      ['bds', 'bds'],
    ],
    [
      ['classroom', 1, 1],
      ['onTheJob', 2, 10],
    ],
    ['trained', 'plans'],
  ),
  template(
    'socialCapital',
    'jica',
    'socialCapital',
    'forum',
    [
      ['facilitator', 'bds'],
      ['smes', 'sme'],
      ['dinkop', 'agency'],
    ],
    [
      ['seminar', 2, 1],
      ['seminar', 5, 1],
      ['seminar', 8, 1],
      ['seminar', 11, 1],
      ['meetings', 0, 12],
      ['jointActions', 3, 8],
    ],
    ['attendance', 'joint'],
  ),
  template(
    'entrepreneurship',
    'jica',
    'strategy',
    'forum',
    [
      ['smes', 'sme'],
      ['bds', 'bds'],
      ['buyers', 'buyer'],
    ],
    [
      ['studyTour', 2, 1],
      ['exhibitionPrep', 5, 2],
      ['exhibition', 7, 1],
      ['buyerVisits', 8, 3],
    ],
    ['participants', 'contacts'],
  ),
  template(
    'directory',
    'jica',
    'related',
    'agency',
    [
      ['bps', 'agency'],
      ['forum', 'forum'],
    ],
    [
      ['format', 0, 1],
      ['collect', 1, 3],
      ['publish', 4, 1],
    ],
    ['listed', 'copies'],
  ),
  template(
    'openInformation',
    'jica',
    'socialCapital',
    'agency',
    [
      ['media', 'media'],
      ['forum', 'forum'],
    ],
    [
      ['newspaper', 0, 12],
      ['radio', 0, 12],
      ['boards', 1, 1],
    ],
    ['notices', 'reach'],
  ),
  template(
    'smeCentre',
    'jica',
    'related',
    'agency',
    [
      ['kadin', 'association'],
      ['bri', 'bank'],
      ['telkom', 'largeCompany'],
    ],
    [
      ['training', 1, 1],
      ['advisory', 2, 9],
      ['businessModel', 3, 3],
    ],
    ['staff', 'consultations'],
  ),
  template(
    'bdsFinance',
    'jica',
    'factor',
    'bank',
    [
      ['bi', 'bank'],
      ['ibi', 'association'],
      ['bds', 'bds'],
    ],
    [
      ['review', 0, 2],
      ['training', 2, 3],
      ['certification', 5, 2],
      ['followUp', 7, 5],
    ],
    ['certified', 'loans'],
  ),
  template(
    'machineryRenovation',
    'jica',
    'factor',
    'other',
    [
      ['moi', 'ministry'],
      ['leasing', 'other'],
      ['smes', 'sme'],
    ],
    [
      ['demand', 0, 3],
      ['outlets', 3, 3],
      ['maintenance', 6, 3],
      ['guidelines', 9, 3],
    ],
    ['guidelines', 'pilots'],
  ),
  template(
    'technicalDrawing',
    'jica',
    'factor',
    'agency',
    [
      ['education', 'agency'],
      ['schools', 'other'],
    ],
    [
      ['agree', 0, 2],
      ['materials', 2, 3],
      ['lessons', 6, 6],
    ],
    ['schools', 'pupils'],
  ),
  template(
    'shortCourses',
    'jica',
    'factor',
    'ministry',
    [
      ['lpm', 'university'],
      ['institutes', 'institute'],
      ['disperindag', 'agency'],
    ],
    [
      ['topics', 0, 6],
      ['model', 6, 6],
      ['announce', 9, 3],
    ],
    ['courses', 'smes'],
  ),
  // JICA (2004), Box 3.1: the pilot clusters' one-year programs (Waru-Sidoarjo, Klaten-Serenan, Kebumen).
  template(
    'socialization',
    'pilot',
    'socialCapital',
    'programUnit',
    [
      ['workingGroup', 'workingGroup'],
      ['facilitator', 'bds'],
      ['smes', 'sme'],
    ],
    [
      ['structure', 0, 1],
      ['meetings', 1, 2],
    ],
    ['attendance', 'pou'],
  ),
  template(
    'coreProduct',
    'pilot',
    'demand',
    'programUnit',
    [
      ['smes', 'sme'],
      ['institute', 'institute'],
    ],
    [
      ['planning', 0, 2],
      ['design', 2, 2],
      ['prototype', 4, 4],
      ['marketing', 8, 3],
    ],
    ['prototype', 'smes'],
  ),
  template(
    'factoryManagement',
    'pilot',
    'factor',
    'bds',
    [
      ['smes', 'sme'],
      ['disperindag', 'agency'],
    ],
    [
      ['lectures', 1, 3],
      ['onSite', 4, 5],
      ['review', 9, 1],
    ],
    ['applied', 'reject'],
  ),
  template(
    'institutionalStrengthening',
    'pilot',
    'strategy',
    'programUnit',
    [
      ['facilitator', 'bds'],
      ['cooperative', 'cooperative'],
    ],
    [
      ['pou', 0, 1],
      ['training', 1, 2],
    ],
    ['plans', 'programs'],
  ),
  template(
    'marketSeminar',
    'pilot',
    'demand',
    'forum',
    [
      ['speakers', 'buyer'],
      ['smes', 'sme'],
    ],
    [
      ['prepare', 2, 1],
      ['seminar', 3, 1],
    ],
    ['participants', 'actions'],
  ),
  template(
    'technicalTraining',
    'pilot',
    'factor',
    'institute',
    [
      ['smes', 'sme'],
      ['disperindag', 'agency'],
    ],
    [
      ['needs', 1, 1],
      ['training', 3, 3],
    ],
    ['trained', 'quality'],
  ),
  template(
    'jointDryKiln',
    'pilot',
    'factor',
    'cooperative',
    [
      ['smes', 'sme'],
      ['university', 'university'],
    ],
    [
      ['needs', 0, 2],
      ['options', 2, 2],
      ['plan', 4, 2],
    ],
    ['plan', 'users'],
  ),
  template(
    'exhibition',
    'pilot',
    'demand',
    'cooperative',
    [
      ['smes', 'sme'],
      ['disperindag', 'agency'],
      ['bds', 'bds'],
    ],
    [
      ['product', 3, 3],
      ['brochure', 5, 1],
      ['fair', 6, 1],
      ['orders', 7, 3],
    ],
    ['contacts', 'orders'],
  ),
  template(
    'studyTour',
    'pilot',
    'strategy',
    'cooperative',
    [
      ['smes', 'sme'],
      ['university', 'university'],
      ['institute', 'institute'],
    ],
    [
      ['prepare', 1, 1],
      ['tour', 2, 1],
      ['followUp', 3, 1],
    ],
    ['participants', 'partnerships'],
  ),
  template(
    'marketingPlan',
    'pilot',
    'demand',
    'cooperative',
    [
      ['smes', 'sme'],
      ['bds', 'bds'],
      ['agents', 'buyer'],
    ],
    [
      ['training', 1, 1],
      ['strategy', 2, 2],
      ['study', 4, 2],
      ['agents', 6, 5],
    ],
    ['agents', 'sales'],
  ),
  template(
    'cooperativeRevitalization',
    'pilot',
    'socialCapital',
    'cooperative',
    [
      ['dinkop', 'agency'],
      ['members', 'sme'],
    ],
    [
      ['review', 2, 2],
      ['plan', 4, 1],
      ['execute', 5, 7],
    ],
    ['services', 'members'],
  ),
  template(
    'processImprovement',
    'pilot',
    'factor',
    'institute',
    [
      ['smes', 'sme'],
      ['university', 'university'],
    ],
    [
      ['diagnosis', 2, 2],
      ['trials', 4, 4],
      ['share', 8, 2],
    ],
    ['trialSmes', 'reject'],
  ),
  template(
    'jointBusinessPlan',
    'pilot',
    'strategy',
    'cooperative',
    [
      ['members', 'cooperative'],
      ['bank', 'bank'],
      ['facilitator', 'bds'],
    ],
    [
      ['needs', 5, 2],
      ['finance', 7, 2],
      ['approve', 9, 1],
    ],
    ['plan', 'members'],
  ),
];
