import { z } from 'zod';
import { NAME_MAX } from '../clusters/limits';
import { determinants } from '../selection/codes';
import type { Determinant } from '../selection/codes';
import { DOTS_MAX, quadrants, strategyKinds } from './codes';
import type { Quadrant, StrategyKind } from './codes';

/* SWOT items, dot voting and TOWS strategies of a cluster (issue 8). Messages are catalog keys. */

export const ITEM_TEXT_MAX = 1_000;
export const EVIDENCE_MAX = 2_000;
export const STRATEGY_TEXT_MAX = 2_000;
export const LINKS_MAX = 100;

const requiredText = (max: number) => z.string().trim().min(1, { message: 'validation.required' }).max(max, { message: 'validation.tooLong' });

export const swotItemFieldsSchema = z
  .object({
    quadrant: z.enum(quadrants),
    text: requiredText(ITEM_TEXT_MAX),
    /** The diamond determinant (or social capital) the item concerns; null when none fits. */
    determinant: z.enum(determinants).nullable(),
    /** Where it comes from: the source, the evidence, who said it. */
    evidence: z.string().trim().max(EVIDENCE_MAX, { message: 'validation.tooLong' }),
  })
  .strict();
export type SwotItemFields = z.infer<typeof swotItemFieldsSchema>;

export const voterFieldsSchema = z.object({ name: requiredText(NAME_MAX), actorId: z.string().min(1).max(64).nullable() }).strict();
export type VoterFields = z.infer<typeof voterFieldsSchema>;

export const dotsPerVoterSchema = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.integer' })
  .min(1, { message: 'swot.validation.dotsMin' })
  .max(DOTS_MAX, { message: 'validation.tooLarge' });

export const strategyFieldsSchema = z
  .object({
    kind: z.enum(strategyKinds),
    text: requiredText(STRATEGY_TEXT_MAX),
    /** The SWOT items behind it, from the two quadrants its kind pairs. */
    itemIds: z.array(z.string().min(1).max(64)).max(LINKS_MAX),
  })
  .strict();
export type StrategyFields = z.infer<typeof strategyFieldsSchema>;

export interface SwotItem extends SwotItemFields {
  id: string;
  clusterId: string;
  /** Order inside its quadrant, from 0. */
  position: number;
  /** Dots given, in total and per voter. */
  dots: number;
  votes: { voterId: string; dots: number }[];
  createdAt: string;
  updatedAt: string;
}

export interface SwotVoter extends VoterFields {
  id: string;
  clusterId: string;
  position: number;
}

export interface TowsStrategy extends StrategyFields {
  id: string;
  clusterId: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

/** A cluster's SWOT board and TOWS strategies, as one screen shows them. */
export interface SwotBoard {
  clusterId: string;
  dotsPerVoter: number;
  items: SwotItem[];
  voters: SwotVoter[];
  strategies: TowsStrategy[];
}

export type { Determinant, Quadrant, StrategyKind };
