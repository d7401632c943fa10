import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { notifyNotSaved } from '../app/notify';
import { registerPendingEdits } from '../app/pendingEdits';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

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
 * Commits a form shortly after each change: there is no Save button, and leaving a field,
 * the window or the screen commits what is pending at once. Fields in error are left out of
 * the commit until they are put right. Each commit is one undoable edit.
 * `markSaved` records values loaded from the store so a reload is not saved back.
 */
export function useAutosave<T extends FieldValues>(form: UseFormReturn<T>, save: (values: T) => Promise<void>) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const lastSaved = useRef<string>('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const running = useRef<Promise<void>>(Promise.resolve());
  // The commit under way and the values it carries: leaving a field and a whole-workspace
  // call may both ask to commit the same values, which must become one edit, not two.
  const inflight = useRef<{ snapshot: string; done: Promise<void> } | null>(null);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const snapshot = JSON.stringify(form.getValues());
    if (snapshot === lastSaved.current) {
      setStatus('saved');
      return Promise.resolve();
    }
    if (inflight.current?.snapshot === snapshot) return inflight.current.done;
    const done = (async () => {
      const valid = await form.trigger();
      // With a field in error, the rest still commits: each field in error keeps its stored
      // value in the commit (bad input changes nothing), and the form says what is not saved.
      const toSave = valid ? snapshot : withStoredValues(snapshot, lastSaved.current, Object.keys(form.formState.errors));
      if (toSave === null || toSave === lastSaved.current) return setStatus(valid ? 'saved' : 'invalid');
      setStatus('saving');
      // Saves run one after another so an older value never lands after a newer one.
      running.current = running.current.then(async () => {
        try {
          await saveRef.current(JSON.parse(toSave) as T);
          lastSaved.current = toSave;
          if (!valid) return setStatus('invalid');
          setStatus(JSON.stringify(form.getValues()) === snapshot ? 'saved' : 'pending');
        } catch {
          // A partial commit the services refuse (a rule across fields) leaves it all unsaved.
          setStatus(valid ? 'failed' : 'invalid');
        }
      });
      await running.current;
    })();
    inflight.current = { snapshot, done };
    void done.then(() => {
      if (inflight.current?.done === done) inflight.current = null;
    });
    return done;
  }, [form]);

  useEffect(() => {
    const sub = form.watch(() => {
      // Back to what is stored (a field cleared again, undone by hand): nothing to commit.
      if (JSON.stringify(form.getValues()) === lastSaved.current) {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        form.clearErrors();
        setStatus('saved');
        return;
      }
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    });
    // Leaving a field, or the window, commits at once rather than after the pause.
    const flushPending = () => {
      if (timer.current) void flush();
    };
    document.addEventListener('focusout', flushPending);
    window.addEventListener('blur', flushPending);
    const unregister = registerPendingEdits({ flush, pending: () => timer.current !== null || inflight.current !== null });
    return () => {
      unregister();
      sub.unsubscribe();
      document.removeEventListener('focusout', flushPending);
      window.removeEventListener('blur', flushPending);
      flushPending();
      // Leaving the screen with input in error: the rest was committed; say what was not.
      if (Object.keys(form.formState.errors).length > 0 && JSON.stringify(form.getValues()) !== lastSaved.current) notifyNotSaved();
    };
  }, [form, flush]);

  const markSaved = useCallback((values: T) => {
    lastSaved.current = JSON.stringify(values);
    setStatus('saved');
  }, []);

  return { status, flush, markSaved };
}
