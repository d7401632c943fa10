import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { SHORT_MAX, TEXT_MAX, TITLE_MAX } from '../../../../shared/domain/plan/schemas';

/**
 * The schema's "too long" said with its limit: the shared message ("Terlalu panjang.") leaves the
 * facilitator guessing how much to cut from a 300-character title.
 */
const tooLongWithLimit = new Map<number, string>([
  [TITLE_MAX, 'planEditor.validation.tooLongTitle'],
  [SHORT_MAX, 'planEditor.validation.tooLongShort'],
  [TEXT_MAX, 'planEditor.validation.tooLongText'],
]);

/** The node of a resolver's errors at an issue's path, or undefined where it has none. */
function errorAt(errors: Record<string, unknown>, path: PropertyKey[]): { message?: string } | undefined {
  let node: unknown = errors;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as keyof typeof node];
  }
  return node !== null && typeof node === 'object' ? node : undefined;
}

/** The zod resolver of a plan form, its "too long" messages naming the limit. */
export function planResolver<T extends FieldValues>(schema: z.ZodType<T, T>): Resolver<T> {
  const base = zodResolver(schema) as unknown as Resolver<T>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const parsed = schema.safeParse(values);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const key = issue.code === 'too_big' && issue.message === 'validation.tooLong' ? tooLongWithLimit.get(Number(issue.maximum)) : undefined;
      const error = key && errorAt(result.errors, issue.path);
      if (error) error.message = key;
    }
    return result;
  };
}
