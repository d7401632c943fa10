import type { z } from 'zod';
import { actorFieldsSchema, tieFieldsSchema, type Actor, type ActorFields, type Tie, type TieFields } from '../../../../../shared/domain/stakeholders/schemas';

/** The text a yes/no or "none" choice stands for in a cell's list. */
export const YES = 'yes';
export const NO = 'no';
export const NONE = 'none';

/** An edit read and checked: the whole fields object to send, or the schema's message key. */
export type EditReading<F> = { ok: true; fields: F } | { ok: false; message: string };

export function actorFieldsOf(a: Actor): ActorFields {
  const { name, kind, sector, level, insideCluster, role, influence, interest, attitude, potentiallyViable, leadingFirm, contact, notes } = a;
  return { name, kind, sector, level, insideCluster, role, influence, interest, attitude, potentiallyViable, leadingFirm, contact, notes };
}

export function tieFieldsOf(t: Tie): TieFields {
  const { from, to, type, directed, strength, trust, formal, since, notes } = t;
  return { from, to, type, directed, strength, trust, formal, since, notes };
}

/**
 * A number as typed in either language ("3", "2,5"). Empty text is no number at all (NaN), so
 * the schema says a number is needed instead of reading it as 0.
 */
export function readNumber(text: string): number {
  const s = text.trim().replace(',', '.');
  return s === '' ? Number.NaN : Number(s);
}

const asBoolean = (text: string) => (text === YES ? true : text === NO ? false : text);

function check<F>(schema: z.ZodType<F>, candidate: unknown): EditReading<F> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const message = parsed.error.issues[0]?.message ?? '';
  return { ok: false, message: message.startsWith('validation.') ? message : 'validation.invalid' };
}

/** An actor with one field changed from what a cell's editor gave, checked by the actor schema. */
export function editedActor(actor: Actor, key: string, text: string): EditReading<ActorFields> {
  const fields: Record<string, unknown> = { ...actorFieldsOf(actor) };
  if (key === 'influence' || key === 'interest') fields[key] = readNumber(text);
  else if (key === 'insideCluster' || key === 'potentiallyViable' || key === 'leadingFirm') fields[key] = asBoolean(text);
  else if (key === 'role') fields.role = text === NONE ? null : text;
  else fields[key] = text;
  return check(actorFieldsSchema, fields);
}

/** A tie with one field changed from what a cell's editor gave, checked by the tie schema. */
export function editedTie(tie: Tie, key: string, text: string): EditReading<TieFields> {
  const fields: Record<string, unknown> = { ...tieFieldsOf(tie) };
  if (key === 'strength') fields.strength = readNumber(text);
  // A trust nobody recorded stays missing: an empty cell is "unknown", never the lowest score.
  else if (key === 'trust') fields.trust = text.trim() === '' ? null : readNumber(text);
  else if (key === 'since') fields.since = text.trim() === '' ? null : text.trim();
  else if (key === 'directed' || key === 'formal') fields[key] = asBoolean(text);
  else fields[key] = text;
  return check(tieFieldsSchema, fields);
}
