import type { z } from 'zod';

/**
 * A schema problem as catalog keys and plain values, never as zod's English sentence:
 * the renderer and the CLI word it in their own language (a parameter that is a
 * `validation.*` key is translated there, with the other parameters filled in).
 */
export interface IssueDetail {
  [param: string]: string;
  detail: string;
}

const typeKeys: Record<string, string> = {
  string: 'validation.types.text',
  number: 'validation.types.number',
  int: 'validation.types.number',
  boolean: 'validation.types.boolean',
  array: 'validation.types.list',
  object: 'validation.types.object',
};

/** Parse options that keep what an issue needs: with the input reported, a missing field differs from a wrong one. */
export const parseForIssues = { reportInput: true } as const;

export function issueDetail(issue: z.core.$ZodIssue): IssueDetail {
  // A schema's own message is already a catalog key (`validation.required`); it wins.
  // Features keep their own messages under `<namespace>.validation.*`; a custom issue's params fill them in.
  if (/^(?:[a-z]+\.)?validation\./i.test(issue.message)) {
    const params = issue.code === 'custom' ? ((issue as { params?: Record<string, unknown> }).params ?? {}) : {};
    return { ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), detail: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { detail: 'validation.missing' };
      return { detail: 'validation.wrongType', expected: typeKeys[issue.expected] ?? issue.expected };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { detail: 'validation.required' };
      return { detail: issue.origin === 'string' ? 'validation.tooShort' : 'validation.tooSmall', limit: String(issue.minimum) };
    case 'too_big':
      return { detail: issue.origin === 'string' ? 'validation.tooLong' : 'validation.tooLarge', limit: String(issue.maximum) };
    case 'invalid_value':
      return { detail: 'validation.notOneOf', values: issue.values.map((v) => JSON.stringify(v)).join(', ') };
    case 'unrecognized_keys':
      return { detail: 'validation.unknownKeys', keys: issue.keys.join(', ') };
    default:
      return { detail: 'validation.invalid' };
  }
}
