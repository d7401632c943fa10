import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useAutosave } from '../../ui/useAutosave';
import { planResolver } from './planResolver';
import { stableJson } from './stableJson';

/**
 * A piece of the plan (the header, a strategy, a program) as a form committed while typing:
 * each pause is one undoable save, input in error is named in the user's language and never
 * stored. `stored` is the piece as the plan view holds it; the form takes it over only when it
 * differs from what this form last sent (an undo, a reload), never under the user's cursor
 * when its own save comes back.
 */
export function usePlanForm<T extends FieldValues>(schema: z.ZodType<T, T>, stored: T, save: (values: T) => Promise<void>) {
  const form = useForm<T>({ resolver: planResolver(schema), defaultValues: stored as DefaultValues<T>, mode: 'onChange' });
  // What this form sent, oldest first, as the service will store it (texts trimmed by the schema):
  // while saves are queued, the answer to an earlier one is not put over what was typed since.
  const sent = useRef<string[]>([]);
  const { status, flush, markSaved } = useAutosave(form, schema, async (values) => {
    const parsed = schema.safeParse(values);
    const clean = parsed.success ? parsed.data : values;
    sent.current.push(stableJson(clean));
    await save(clean);
  });
  const storedJson = stableJson(stored);
  useEffect(() => {
    const own = sent.current.indexOf(storedJson);
    if (own >= 0) {
      sent.current = sent.current.slice(own);
      return;
    }
    sent.current = [storedJson];
    const values = JSON.parse(storedJson) as T;
    markSaved(values);
    form.reset(values);
  }, [storedJson, form, markSaved]);
  return { form, status, flush };
}
