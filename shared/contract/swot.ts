import { z } from 'zod';
import { defineCall } from './defineCall';
import type { ExportedFile } from './stakeholders';
import { idSchema } from '../domain/clusters/schemas';
import { quadrants } from '../domain/swot/codes';
import { type SwotBoard, dotsPerVoterSchema, strategyFieldsSchema, swotItemFieldsSchema, voterFieldsSchema } from '../domain/swot/schemas';

const clusterId = idSchema;

/** SWOT by dot voting and TOWS strategies, per cluster (issue 8). Every call answers with the board. */
export const swotCalls = {
  'swot.board.get': defineCall<SwotBoard>()(z.object({ clusterId }).strict()),
  'swot.board.settings': defineCall<SwotBoard>()(z.object({ clusterId, dotsPerVoter: dotsPerVoterSchema }).strict()),

  'swot.items.create': defineCall<SwotBoard>()(z.object({ clusterId, fields: swotItemFieldsSchema }).strict()),
  /** Typing merges into one undo step per item. */
  'swot.items.update': defineCall<SwotBoard>()(z.object({ id: idSchema, fields: swotItemFieldsSchema }).strict()),
  /** Deletes an item, its dots and its links to strategies, in one step. */
  'swot.items.delete': defineCall<SwotBoard>()(z.object({ id: idSchema }).strict()),
  /** Moves an item to a place (0-based) in a quadrant, its own or another; links that no longer fit are refused (`linkQuadrant`). */
  'swot.items.move': defineCall<SwotBoard>()(z.object({ id: idSchema, quadrant: z.enum(quadrants), position: z.number().int().min(0) }).strict()),

  'swot.voters.add': defineCall<SwotBoard>()(z.object({ clusterId, fields: voterFieldsSchema }).strict()),
  /** Removes a participant and their dots. */
  'swot.voters.remove': defineCall<SwotBoard>()(z.object({ id: idSchema }).strict()),
  /** Sets how many dots a participant gives an item (0 takes them back); refused (`tooManyDots`) beyond their dots. */
  'swot.votes.set': defineCall<SwotBoard>()(z.object({ itemId: idSchema, voterId: idSchema, dots: z.number().int().min(0).max(50) }).strict()),
  /** Takes every dot back, to vote again. */
  'swot.votes.clear': defineCall<SwotBoard>()(z.object({ clusterId }).strict()),

  /** A TOWS strategy; its items must be of the two quadrants its kind pairs (`linkQuadrant`). */
  'swot.strategies.create': defineCall<SwotBoard>()(z.object({ clusterId, fields: strategyFieldsSchema }).strict()),
  'swot.strategies.update': defineCall<SwotBoard>()(z.object({ id: idSchema, fields: strategyFieldsSchema }).strict()),
  'swot.strategies.move': defineCall<SwotBoard>()(z.object({ id: idSchema, position: z.number().int().min(0) }).strict()),
  'swot.strategies.delete': defineCall<SwotBoard>()(z.object({ id: idSchema }).strict()),

  /** The SWOT (items, determinant, evidence, dots) and TOWS strategies (with the items behind them) as a table file. */
  'swot.export': defineCall<ExportedFile>()(z.object({ clusterId, format: z.enum(['csv', 'xlsx']), lang: z.enum(['id', 'en']) }).strict()),
};

export type SwotCallName = keyof typeof swotCalls;
