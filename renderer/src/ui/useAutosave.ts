import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { notifyNotSaved } from '../app/notify';
import { registerPendingEdits } from '../app/pendingEdits';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

/** What the autosave checks a partial commit against (the form's zod schema). */
interface Checkable {
  safeParse: (value: unknown) => { success: boolean };
}

/** The form's values with the fields in error put back to what is stored; null before anything is stored. */
function withStoredValues(snapshot: string, stored: string, fieldsInError: string[]): string | null {
  if (stored === '') return null;
  const values = JSON.parse(snapshot) as Record<string, unknown>;
  const saved = JSON.parse(stored) as Record<string, unknown>;
  for (const field of fieldsInError) values[field] = saved[field];
  return JSON.stringify(values);
}

const DELAY_MS = 300;

/**
 * Marks a field (every NumberField) committed only when the user confirms it (leaves it, or
 * presses Enter), not on a pause: the prefixes of an amount typed slowly ("500.000.000.000" on
 * the way to a figure that is then refused) are not values anyone meant, so none of them may
 * reach the store.
 */
const COMMIT_ON_CONFIRM = 'data-commit-on-confirm';

/** The event such a field sends when Enter confirms what was typed. */
const CONFIRM_EVENT = 'sentra:confirm';

/** What makes an input such a field: the mark, and Enter sending the confirmation. */
export const confirmedInputProps = {
  [COMMIT_ON_CONFIRM]: '',
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter') e.currentTarget.dispatchEvent(new Event(CONFIRM_EVENT, { bubbles: true }));
  },
};

/** Whether the focus is in a field that waits to be confirmed. */
function typingUnconfirmed(): boolean {
  return document.activeElement?.closest(`[${COMMIT_ON_CONFIRM}]`) != null;
}

/**
 * Commits a form shortly after each change: there is no Save button, and leaving a field,
 * the window or the screen commits what is pending at once. Fields in error are left out of
 * the commit until they are put right (when the rest still passes `schema`). Each commit is
 * one undoable edit. A field marked `COMMIT_ON_CONFIRM` commits only when left or confirmed
 * with Enter. `markSaved` records values loaded from the store so a reload is not
 * saved back.
 */
export function useAutosave<T extends FieldValues>(form: UseFormReturn<T>, schema: Checkable, save: (values: T) => Promise<void>) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  // What the store holds once every queued save has landed, and what it is known to hold.
  const stored = useRef('');
  const confirmed = useRef('');
  const queued = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The commit being prepared and the values it carries: leaving a field and a whole-workspace
  // call may both ask to commit the same values, which must become one edit, not two.
  const inflight = useRef<{ snapshot: string; done: Promise<void> } | null>(null);
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    // In a field that waits to be confirmed, the pause commits nothing; the timer stays set so
    // leaving the field (or Enter) commits what is pending then.
    timer.current = setTimeout(() => {
      if (!typingUnconfirmed()) void flushRef.current();
    }, DELAY_MS);
  }, []);

  /** Sends one commit after those already queued; the status follows the form once all have landed. */
  const enqueue = useCallback(
    (toSave: string, partial: boolean) => {
      stored.current = toSave;
      queued.current += 1;
      setStatus('saving');
      queue.current = queue.current.then(async () => {
        let failed = false;
        try {
          await saveRef.current(JSON.parse(toSave) as T);
          confirmed.current = toSave;
        } catch {
          failed = true;
        }
        queued.current -= 1;
        if (queued.current > 0) return;
        if (failed) {
          stored.current = confirmed.current;
          return setStatus(partial ? 'invalid' : 'failed');
        }
        // Typed on while it was saving (or back to before): another commit follows.
        if (JSON.stringify(form.getValues()) !== stored.current) {
          setStatus(partial ? 'invalid' : 'pending');
          if (!partial) schedule();
          return;
        }
        setStatus('saved');
      });
      return queue.current;
    },
    [form, schedule],
  );

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const snapshot = JSON.stringify(form.getValues());
    if (snapshot === stored.current) {
      if (queued.current === 0) setStatus('saved');
      return queue.current;
    }
    if (inflight.current?.snapshot === snapshot) return inflight.current.done;
    const done = (async () => {
      if (await form.trigger()) return enqueue(snapshot, false);
      // With a field in error, the rest still commits: each field in error keeps its stored
      // value in the commit (bad input changes nothing), unless a rule across fields (a
      // period's start and end) still fails without it.
      const partial = withStoredValues(snapshot, stored.current, Object.keys(form.formState.errors));
      if (partial === null || partial === stored.current || !schema.safeParse(JSON.parse(partial)).success) {
        if (queued.current === 0) setStatus('invalid');
        return queue.current;
      }
      return enqueue(partial, true);
    })();
    inflight.current = { snapshot, done };
    void done.then(() => {
      if (inflight.current?.done === done) inflight.current = null;
    });
    return done;
  }, [form, schema, enqueue]);
  flushRef.current = flush;

  useEffect(() => {
    const sub = form.watch(() => {
      // Back to what the store holds (a field cleared again, undone by hand): nothing to commit.
      if (JSON.stringify(form.getValues()) === stored.current) {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        form.clearErrors();
        if (queued.current === 0) setStatus('saved');
        return;
      }
      setStatus('pending');
      schedule();
    });
    // Leaving a field, or the window, commits at once rather than after the pause.
    const flushPending = () => {
      if (timer.current) void flush();
    };
    document.addEventListener('focusout', flushPending);
    document.addEventListener(CONFIRM_EVENT, flushPending);
    window.addEventListener('blur', flushPending);
    const invalid = () => Object.keys(form.formState.errors).length > 0 && JSON.stringify(form.getValues()) !== stored.current;
    const unregister = registerPendingEdits({ flush, invalid, pending: () => timer.current !== null || inflight.current !== null || queued.current > 0 });
    return () => {
      unregister();
      sub.unsubscribe();
      document.removeEventListener('focusout', flushPending);
      document.removeEventListener(CONFIRM_EVENT, flushPending);
      window.removeEventListener('blur', flushPending);
      flushPending();
      // Leaving the screen with input in error: say it was not saved.
      if (invalid()) notifyNotSaved();
    };
  }, [form, flush, schedule]);

  const markSaved = useCallback((values: T) => {
    stored.current = JSON.stringify(values);
    confirmed.current = stored.current;
    setStatus('saved');
  }, []);

  return { status, flush, markSaved };
}
