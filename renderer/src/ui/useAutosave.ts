import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { registerPendingEdits } from '../app/pendingEdits';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

const DELAY_MS = 300;

/**
 * Commits a form shortly after each change, once it is valid: there is no Save button,
 * and leaving a field, the window or the screen commits what is pending at once. Each commit is one undoable edit.
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
      if (!(await form.trigger())) return setStatus('invalid');
      setStatus('saving');
      // Saves run one after another so an older value never lands after a newer one.
      running.current = running.current.then(async () => {
        try {
          await saveRef.current(JSON.parse(snapshot) as T);
          lastSaved.current = snapshot;
          setStatus(JSON.stringify(form.getValues()) === snapshot ? 'saved' : 'pending');
        } catch {
          setStatus('failed');
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
      if (JSON.stringify(form.getValues()) === lastSaved.current) return;
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
    };
  }, [form, flush]);

  const markSaved = useCallback((values: T) => {
    lastSaved.current = JSON.stringify(values);
    setStatus('saved');
  }, []);

  return { status, flush, markSaved };
}
