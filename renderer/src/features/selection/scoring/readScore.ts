import { parseAmount } from '../../../../../shared/domain/amounts/parseAmount';

/** Why a typed score cannot be used: a catalog key and its parameters, worded in the user's language. */
export interface ScoreProblem {
  key: string;
  params: Record<string, string | number>;
}

/** A typed score: a number of points, null for an emptied cell (missing again), or why not. */
export type ReadScore = { ok: true; value: number | null } | { ok: false; problem: ScoreProblem };

/**
 * Reads a score as typed or pasted into the grid, before anything is sent: "7", "7,5" and "7.5"
 * are numbers in either language (a score never needs a thousands mark), an empty text clears the
 * cell, and text, a negative number or more than the criterion's maximum are refused with the
 * same messages the service gives, so nothing is written.
 * `criterion` names the criterion in the message; `decimal` is the UI language's decimal mark.
 */
export function readScore(text: string, max: number, criterion: string, decimal: ',' | '.'): ReadScore {
  const parsed = parseAmount(text, { decimal, units: false, currency: false });
  if (!parsed.ok) return { ok: false, problem: { key: 'selection.validation.scoreNumber', params: {} } };
  const value = parsed.value;
  if (value === null) return { ok: true, value: null };
  if (value < 0 || value > max) return { ok: false, problem: { key: 'errors.scoreOutOfRange', params: { value: text.trim(), criterion, max } } };
  return { ok: true, value };
}
